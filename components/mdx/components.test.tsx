import { fireEvent, render, screen, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { allowedComponents } from '@/lib/mdx/allowed-components';
import { ContactDetails } from './contact-details';
import { componentFixture, componentFixtures, exampleContact } from './fixtures';
import { SectionHeading } from './heading';

// What a user notices, found the way assistive technology finds it: by role
// and accessible name. Class names and colours are not tested here; the same
// fixtures are exported for the accessibility (axe) tests.

function renderFixture(name: Parameters<typeof componentFixture>[0]) {
  return render(componentFixture(name).element());
}

test('every author-facing component except Video has a fixture', () => {
  const covered = new Set<string>(componentFixtures.map((fixture) => fixture.mdx));
  // A Card is only ever written inside a CardGroup, so that fixture covers both.
  covered.add('Card');
  // Video needs video data and has its own fixtures.
  covered.add('Video');
  expect(Object.keys(allowedComponents).filter((name) => !covered.has(name))).toEqual([]);
  // And the Markdown the registry overrides: ## and ### headings, and links.
  for (const override of ['h2', 'h3', 'a']) expect(covered.has(override), override).toBe(true);
});

test('fixture names are unique and each says what a user should perceive', () => {
  const names = componentFixtures.map((fixture) => fixture.name);
  expect(new Set(names).size).toBe(names.length);
  for (const fixture of componentFixtures) expect(fixture.perceive.length, fixture.name).toBeGreaterThan(20);
});

test.each(componentFixtures.map((fixture) => [fixture.name, fixture] as const))('%s renders valid HTML without warnings', (_name, fixture) => {
  // React reports invalid nesting (a <div> in a <p>, an <li> outside a list) with console.error.
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    const { container } = render(fixture.element());
    expect(container.textContent).not.toBe('');
    expect(errors.mock.calls).toEqual([]);
  } finally {
    errors.mockRestore();
  }
});

test('InsetText: screen readers hear "Information:" before the text', () => {
  const { container } = renderFixture('InsetText');
  expect(screen.getByText('You can bring someone with you to your appointment.')).toBeTruthy();
  expect(container.textContent).toMatch(/^Information: You can bring someone with you/);
});

test('WarningCallout: the heading says "Important:" to screen readers', () => {
  renderFixture('WarningCallout');
  const heading = screen.getByRole('heading', { name: 'Important: Call your team if you feel unwell' });
  expect(heading.tagName).toBe('H3');
  expect(screen.getByText(/37.5°C or higher/)).toBeTruthy();
});

test.each([
  ['CareCard non-urgent', 'Non-urgent advice: Speak to your GP if you feel low for more than 2 weeks'],
  ['CareCard urgent', 'Urgent advice: Ask for an urgent GP appointment or call 111 if'],
  ['CareCard emergency', 'Immediate action required: Call 999 if you have chest pain'],
] as const)('%s is a region whose name says how urgent it is', (name, accessibleName) => {
  renderFixture(name);
  const region = screen.getByRole('region', { name: accessibleName });
  // The heading carries the same words, so it reads the same in a list of headings.
  expect(within(region).getByRole('heading', { name: accessibleName })).toBeTruthy();
});

test('CareCard urgent keeps its list of symptoms inside the card', () => {
  renderFixture('CareCard urgent');
  const region = screen.getByRole('region', { name: /^Urgent advice:/ });
  expect(within(region).getAllByRole('listitem')).toHaveLength(2);
});

test('Expander: closed at first, and opened by activating its summary', () => {
  renderFixture('Expander');
  const group = screen.getByRole('group');
  const summary = within(group).getByText('What a care plan covers');
  expect(group.tagName).toBe('DETAILS');
  expect((group as HTMLDetailsElement).open).toBe(false);
  fireEvent.click(summary);
  expect((group as HTMLDetailsElement).open).toBe(true);
  expect(within(group).getByText(/sets out the support you need/)).toBeTruthy();
  fireEvent.click(summary);
  expect((group as HTMLDetailsElement).open).toBe(false);
});

test('DoList: a heading "Do" and a list of things to do', () => {
  renderFixture('DoList');
  expect(screen.getByRole('heading', { name: 'Do' })).toBeTruthy();
  const items = within(screen.getByRole('list')).getAllByRole('listitem');
  expect(items.map((item) => item.textContent)).toEqual(['drink plenty of water', 'rest when you need to']);
});

test('DontList: a heading "Don\'t" and a list of things not to do', () => {
  renderFixture('DontList');
  expect(screen.getByRole('heading', { name: "Don't" })).toBeTruthy();
  expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(1);
});

test('ActionLink: a link named by its text, to the given address', () => {
  renderFixture('ActionLink internal');
  const link = screen.getByRole('link', { name: 'Find support near you' });
  expect(link.getAttribute('href')).toBe('/find-support');
});

test('ActionLink to another website: a link with the given name and address', () => {
  renderFixture('ActionLink external');
  const link = screen.getByRole('link', { name: 'Find support from Macmillan' });
  expect(link.getAttribute('href')).toBe('https://www.macmillan.org.uk/cancer-information-and-support');
});

test('CardGroup: a list of cards, each a link named by its heading', () => {
  renderFixture('CardGroup with Cards');
  const items = within(screen.getByRole('list')).getAllByRole('listitem');
  expect(items).toHaveLength(2);
  const first = within(items[0]!).getByRole('link', { name: 'Personalised care' });
  expect(first.getAttribute('href')).toBe('/personalised-care');
  expect(within(items[0]!).getByRole('heading', { level: 3, name: 'Personalised care' })).toBeTruthy();
  expect(within(items[0]!).getByText('Support that is planned around you.')).toBeTruthy();
  expect(within(items[1]!).getByRole('link', { name: 'Cancer rehabilitation' }).getAttribute('href')).toBe('/cancer-rehabilitation');
});

test('ContactDetails: a phone link that dials the number and an email link, from the settings', () => {
  renderFixture('ContactDetails');
  expect(screen.getByText(exampleContact.team)).toBeTruthy();
  const phone = screen.getByRole('link', { name: exampleContact.phone });
  expect(phone.getAttribute('href')).toBe('tel:02079460000');
  const email = screen.getByRole('link', { name: exampleContact.email });
  expect(email.getAttribute('href')).toBe(`mailto:${exampleContact.email}`);
  expect(screen.getByText(/Monday to Friday, 9am to 5pm/)).toBeTruthy();
});

test('ContactDetails: an international number keeps its plus sign', () => {
  render(<ContactDetails contact={{ ...exampleContact, phone: '+44 20 7946 0000', hours: undefined }} />);
  expect(screen.getByRole('link', { name: '+44 20 7946 0000' }).getAttribute('href')).toBe('tel:+442079460000');
});

test('GlossaryTerm: a heading with the given id, naming a region that holds its meaning', () => {
  renderFixture('GlossaryTerm');
  const heading = screen.getByRole('heading', { name: 'Holistic needs assessment (HNA)' });
  expect(heading.id).toBe('hna');
  const region = screen.getByRole('region', { name: 'Holistic needs assessment (HNA)' });
  expect(within(region).getByText('A set of questions about all parts of your life.')).toBeTruthy();
});

test.each([
  ['SectionHeading h2', 2, 'What happens at an HNA', 'what-happens-at-an-hna'],
  ['SectionHeading h3', 3, 'Online or on paper', 'online-or-on-paper'],
] as const)('%s: a heading named only by its words, and a link to the section', (name, level, text, id) => {
  renderFixture(name);
  const heading = screen.getByRole('heading', { level });
  // In a screen reader's list of headings, the heading is just its words.
  expect(heading).toBe(screen.getByRole('heading', { name: text }));
  expect(heading.id).toBe(id);
  const link = screen.getByRole('link', { name: 'Link to this section' });
  expect(link.getAttribute('href')).toBe(`#${id}`);
  // The link says which section it is for when a screen reader lists links.
  expect(screen.getByRole('link', { description: text })).toBe(link);
});

test('a heading without an id is a plain heading, with no link', () => {
  render(<SectionHeading level={2}>Introduction</SectionHeading>);
  expect(screen.getByRole('heading', { level: 2, name: 'Introduction' })).toBeTruthy();
  expect(screen.queryByRole('link')).toBeNull();
});

test('ContentLink to a page on this site: named only by its text', () => {
  renderFixture('ContentLink internal');
  const link = screen.getByRole('link', { name: 'treatment summary' });
  expect(link.getAttribute('href')).toBe('/personalised-care/treatment-summary');
  expect(link.textContent).not.toContain('opens another website');
});

test('ContentLink to another website: its name says it opens another website', () => {
  renderFixture('ContentLink external');
  const link = screen.getByRole('link', { name: 'cancer on the NHS website (opens another website)' });
  expect(link.getAttribute('href')).toBe('https://www.nhs.uk/conditions/cancer/');
});
