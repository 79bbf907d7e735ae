import { render, screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { UrgentHelpNote } from './urgent-help-note';

// Session files cannot hold links, so the session page itself must send
// people who are unwell now to /urgent-help whenever a session names a red flag.

const base = { summary: 'A session for people affected by cancer.', description: 'Held online.', topics: undefined };

test('a session about neutropenic sepsis shows an urgent note that links to /urgent-help', () => {
  render(<UrgentHelpNote session={{ ...base, title: 'Neutropenic sepsis' }} />);
  const region = screen.getByRole('region', { name: 'Urgent advice: If you are unwell now, do not wait for a session' });
  expect(within(region).getByRole('link', { name: 'Find out when to get help urgently' }).getAttribute('href')).toBe('/urgent-help');
});

test('a red flag named only in the topics is enough', () => {
  render(<UrgentHelpNote session={{ ...base, title: 'Bowel changes', topics: ['Managing diarrhoea caused by cancer drugs'] }} />);
  expect(screen.getByRole('link', { name: 'Find out when to get help urgently' })).toBeTruthy();
});

test('a session that names no red flag shows nothing', () => {
  const { container } = render(<UrgentHelpNote session={{ ...base, title: 'Talking to others about cancer' }} />);
  expect(container.textContent).toBe('');
});
