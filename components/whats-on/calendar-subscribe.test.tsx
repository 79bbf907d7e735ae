import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { CalendarSubscribe } from './calendar-subscribe';

const settings = { url: 'https://cancer-rehab.example.org' };

test('offers a webcal subscription link, which calendar apps keep up to date', () => {
  render(<CalendarSubscribe settings={settings} />);
  expect(screen.getByRole('link', { name: 'Subscribe to all sessions in your calendar app' }).getAttribute('href')).toBe(
    'webcal://cancer-rehab.example.org/whats-on/calendar.ics',
  );
});

test('gives the https address and the steps to add it by address in Google Calendar and Outlook', () => {
  render(<CalendarSubscribe settings={settings} />);
  expect(screen.getByText('https://cancer-rehab.example.org/whats-on/calendar.ics')).toBeTruthy();
  expect(screen.getByText(/Select .From URL./)).toBeTruthy();
  expect(screen.getByText(/Select .Subscribe from web./)).toBeTruthy();
});
