import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { groupSchedule } from '@/lib/schedule';
import type { SiteSettings } from '@/lib/schemas/site';
import { makeSession } from '../../tests/fixtures/schedule/sessions';
import { exampleContact } from '../mdx/fixtures';
import { SessionDetails } from './session-page';

// A session page must never invite people to book something that has
// already happened or has no date at all (issue 11): they would email a team
// about a session that may never run.

const settings: SiteSettings = {
  name: 'Cancer rehabilitation and personalised care',
  organisation: 'Example Cancer Care Service',
  url: 'https://cancer-rehab.example.org',
  contact: exampleContact,
  footerLinks: [],
  areas: [],
};
const now = new Date('2026-12-01T12:00:00Z');

function renderSession(occurrences: Parameters<typeof makeSession>[0]['occurrences']) {
  const session = makeSession({ title: 'Coping with anxiety', occurrences });
  render(<SessionDetails session={session} groups={groupSchedule([session], now)} settings={settings} events={[]} />);
}

test('a session with a date still to come explains how to book and offers a booking link', () => {
  renderSession([{ id: 'january', date: '2027-01-12', start: '14:00', end: '15:30' }]);
  expect(screen.getByRole('heading', { name: 'How to book' })).toBeTruthy();
  expect(screen.getByText(/They will give you the details and remind you nearer the time/)).toBeTruthy();
  expect(screen.getAllByRole('link', { name: /Book by email/ })).toHaveLength(1);
});

test('a session whose dates have all passed says it cannot be booked and has no booking link', () => {
  renderSession([{ id: 'august', date: '2025-08-19' }, { id: 'september', month: '2025-09' }]);
  expect(screen.getByText(/This session has no date in the future, so you cannot book a place/)).toBeTruthy();
  expect(screen.queryByText(/remind you nearer the time/)).toBeNull();
  expect(screen.queryAllByRole('link', { name: /Book by email/ })).toHaveLength(0);
});

test('a session with no date or month at all says it cannot be booked and has no booking link', () => {
  renderSession([{ id: 'first-session', tbc: true }]);
  expect(screen.getByText(/This session has no date in the future, so you cannot book a place/)).toBeTruthy();
  expect(screen.queryAllByRole('link', { name: /Book by email/ })).toHaveLength(0);
});

test('a session with only a month to come can still be booked: the team replies when the day is set', () => {
  renderSession([{ id: 'march', month: '2027-03' }]);
  expect(screen.getByText(/remind you nearer the time/)).toBeTruthy();
  expect(screen.getAllByRole('link', { name: /Book by email/ })).toHaveLength(1);
});
