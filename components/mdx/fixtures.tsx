import { createElement, type ComponentType, type ReactElement, type ReactNode } from 'react';
import type { AllowedComponent } from '@/lib/mdx/allowed-components';
import type { SiteSettings } from '@/lib/schemas/site';
import { ActionLink } from './action-link';
import { Card, CardGroup } from './card';
import { CareCard } from './care-card';
import { ContactDetails } from './contact-details';
import { DoList, DontList } from './do-dont-list';
import { Expander } from './expander';
import { GlossaryTerm } from './glossary-term';
import { SectionHeading } from './heading';
import { InsetText } from './inset-text';
import { ContentLink } from './link';
import { UrgentLine } from './urgent-line';
import { WarningCallout } from './warning-callout';

/**
 * One set of examples per author-facing component (house style 12, after
 * nhsuk-frontend's fixtures), reused by the unit tests in components.test.tsx
 * and by the accessibility tests. Each says, in words, what a user should
 * perceive, so a failing test reads as a broken promise to a user.
 * Video has its own fixtures, with its own data.
 */
export type ComponentFixture = {
  /** Unique, readable: used as the test name. */
  name: string;
  /** How an author writes it in MDX: a component name, or the Markdown it overrides ("h2", "a"). */
  mdx: AllowedComponent | 'h2' | 'h3' | 'a';
  props: Record<string, unknown>;
  children?: ReactNode;
  /** What a user should see and hear. */
  perceive: string;
  /** The component with these props and children, ready to render. */
  element: () => ReactElement;
};

// Typed against each component's own props, so a fixture cannot drift from its component.
function fixture<P extends object, N extends string>(
  component: ComponentType<P>,
  definition: Omit<ComponentFixture, 'element' | 'props' | 'name'> & { name: N; props: Omit<P, 'children'> },
): ComponentFixture & { name: N } {
  return {
    ...definition,
    element: () => createElement(component as ComponentType<Record<string, unknown>>, definition.props, definition.children),
  };
}

/** The contact details in content/site.yaml (reserved example numbers and addresses). */
export const exampleContact: SiteSettings['contact'] = {
  team: 'Cancer Support Workers team',
  email: 'cancer-support@example.org',
  phone: '020 7946 0000',
  hours: 'Monday to Friday, 9am to 5pm',
};

const paragraph = (text: string) => <p>{text}</p>;

export const componentFixtures = [
  fixture(InsetText, {
    name: 'InsetText',
    mdx: 'InsetText',
    props: {},
    children: paragraph('You can bring someone with you to your appointment.'),
    perceive: 'The text, set apart; screen readers hear "Information:" before it.',
  }),
  fixture(WarningCallout, {
    name: 'WarningCallout',
    mdx: 'WarningCallout',
    props: { heading: 'Call your team if you feel unwell' },
    children: paragraph('Call straight away if your temperature is 37.5°C or higher, or lower than 36°C.'),
    perceive: 'A heading that screen readers announce as "Important: Call your team if you feel unwell", then the text.',
  }),
  fixture(CareCard, {
    name: 'CareCard non-urgent',
    mdx: 'CareCard',
    props: { type: 'non-urgent', heading: 'Speak to your GP if you feel low for more than 2 weeks' },
    children: paragraph('They can talk to you about support that could help.'),
    perceive: 'A region named "Non-urgent advice: Speak to your GP…", with its heading and advice.',
  }),
  fixture(CareCard, {
    name: 'CareCard urgent',
    mdx: 'CareCard',
    props: { type: 'urgent', heading: 'Ask for an urgent GP appointment or call 111 if' },
    children: (
      <ul>
        <li>you have new pain that does not go away</li>
        <li>your scar is red, hot or swollen</li>
      </ul>
    ),
    perceive: 'A region named "Urgent advice: Ask for an urgent GP appointment…", with a list of symptoms.',
  }),
  fixture(CareCard, {
    name: 'CareCard emergency',
    mdx: 'CareCard',
    props: { type: 'emergency', heading: 'Call 999 if you have chest pain' },
    children: paragraph('Do not drive yourself to hospital.'),
    perceive: 'A region named "Immediate action required: Call 999 if you have chest pain".',
  }),
  fixture(Expander, {
    name: 'Expander',
    mdx: 'Expander',
    props: { summary: 'What a care plan covers' },
    children: paragraph('A care plan sets out the support you need and how you will get it.'),
    perceive: 'A closed group showing only "What a care plan covers"; activating it shows the text.',
  }),
  fixture(DoList, {
    name: 'DoList',
    mdx: 'DoList',
    props: {},
    children: (
      <ul>
        <li>drink plenty of water</li>
        <li>rest when you need to</li>
      </ul>
    ),
    perceive: 'A heading "Do", then a list of 2 things to do.',
  }),
  fixture(DontList, {
    name: 'DontList',
    mdx: 'DontList',
    props: {},
    children: (
      <ul>
        <li>lift anything heavy for 6 weeks after your operation</li>
      </ul>
    ),
    perceive: 'A heading "Don\'t", then a list of things not to do.',
  }),
  fixture(ActionLink, {
    name: 'ActionLink internal',
    mdx: 'ActionLink',
    props: { href: '/find-support' },
    children: 'Find support near you',
    perceive: 'A large link "Find support near you" to a page on this site.',
  }),
  fixture(ActionLink, {
    name: 'ActionLink external',
    mdx: 'ActionLink',
    props: { href: 'https://www.macmillan.org.uk/cancer-information-and-support' },
    children: 'Find support from Macmillan',
    perceive: 'A large link "Find support from Macmillan" to another website.',
  }),
  fixture(CardGroup, {
    name: 'CardGroup with Cards',
    mdx: 'CardGroup',
    props: {},
    children: (
      <>
        <Card href="/personalised-care" heading="Personalised care">
          <p>Support that is planned around you.</p>
        </Card>
        <Card href="/cancer-rehabilitation" heading="Cancer rehabilitation" />
      </>
    ),
    perceive: 'A list of 2 cards; each card is a link named by its heading, and the first has a sentence.',
  }),
  fixture(ContactDetails, {
    name: 'ContactDetails',
    mdx: 'ContactDetails',
    props: { contact: exampleContact },
    perceive: 'The team name, a phone link that dials the number, the opening hours and an email link.',
  }),
  fixture(UrgentLine, {
    name: 'UrgentLine placeholder',
    mdx: 'UrgentLine',
    props: { phone: '020 7946 0001' },
    perceive: 'No number that rings nowhere: "the 24-hour number your cancer team gave you", and to ask the team for it.',
  }),
  fixture(UrgentLine, {
    name: 'UrgentLine set',
    mdx: 'UrgentLine',
    // A reserved number, treated here as the organisation's real one, so the test never names a line that could ring.
    props: { phone: '020 7946 0001', isPlaceholder: () => false },
    perceive: 'The 24-hour helpline as a link that dials it, and to call their own team\'s number if it is different.',
  }),
  fixture(GlossaryTerm, {
    name: 'GlossaryTerm',
    mdx: 'GlossaryTerm',
    props: { id: 'hna', term: 'Holistic needs assessment (HNA)' },
    children: paragraph('A set of questions about all parts of your life.'),
    perceive: 'A heading "Holistic needs assessment (HNA)" that other pages link to as /glossary#hna, then its meaning.',
  }),
  fixture(SectionHeading, {
    name: 'SectionHeading h2',
    mdx: 'h2',
    props: { level: 2, id: 'what-happens-at-an-hna' },
    children: 'What happens at an HNA',
    perceive: 'A level 2 heading "What happens at an HNA", and beside it a link "Link to this section" to #what-happens-at-an-hna.',
  }),
  fixture(SectionHeading, {
    name: 'SectionHeading h3',
    mdx: 'h3',
    props: { level: 3, id: 'online-or-on-paper' },
    children: 'Online or on paper',
    perceive: 'A level 3 heading "Online or on paper", and a link "Link to this section" to #online-or-on-paper.',
  }),
  fixture(ContentLink, {
    name: 'ContentLink internal',
    mdx: 'a',
    props: { href: '/personalised-care/treatment-summary' },
    children: 'treatment summary',
    perceive: 'A link "treatment summary"; nothing says it leaves the site, because it does not.',
  }),
  fixture(ContentLink, {
    name: 'ContentLink external',
    mdx: 'a',
    props: { href: 'https://www.nhs.uk/conditions/cancer/' },
    children: 'cancer on the NHS website',
    perceive: 'A link "cancer on the NHS website (opens another website)", with an icon that says the same to sighted users.',
  }),
] as const satisfies readonly ComponentFixture[];

export type ComponentFixtureName = (typeof componentFixtures)[number]['name'];

/** The fixture with this name. */
export function componentFixture(name: ComponentFixtureName): ComponentFixture {
  return componentFixtures.find((candidate) => candidate.name === name)!;
}
