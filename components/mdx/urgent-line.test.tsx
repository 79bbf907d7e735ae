import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { componentFixture } from './fixtures';
import { UrgentLine } from './urgent-line';

// What a frightened reader is told to call. A placeholder number must never
// be shown as if it would ring, and the words must never suggest that having
// a 24-hour number is optional.

test('with a placeholder setting, it sends people to the number their own team gave them, and shows no number', () => {
  const { container } = render(componentFixture('UrgentLine placeholder').element());
  expect(container.textContent).toContain('the 24-hour number your cancer team gave you');
  expect(container.textContent).toContain('ask your cancer team for it');
  expect(container.textContent).not.toMatch(/\d{3}/);
  expect(screen.queryByRole('link')).toBeNull();
});

test('with no setting at all, it says the same as with a placeholder', () => {
  const { container } = render(<UrgentLine phone={undefined} />);
  expect(container.textContent).toContain('the 24-hour number your cancer team gave you');
});

test('the reserved example number in the site settings counts as a placeholder', () => {
  const { container } = render(<UrgentLine phone="+44 20 7946 0001" />);
  expect(container.textContent).toContain('the 24-hour number your cancer team gave you');
});

test('with a real setting, it shows the helpline as a link that dials it', () => {
  render(componentFixture('UrgentLine set').element());
  const link = screen.getByRole('link', { name: '020 7946 0001' });
  expect(link.getAttribute('href')).toBe('tel:02079460001');
  expect(link.closest('p')?.textContent).toContain('24-hour cancer treatment helpline');
});

test('it never says "if you have one"', () => {
  for (const name of ['UrgentLine placeholder', 'UrgentLine set'] as const) {
    const { container, unmount } = render(componentFixture(name).element());
    expect(container.textContent?.toLowerCase()).not.toContain('if you have one');
    unmount();
  }
});
