import { expect, test } from 'vitest';
import { calendarAlternate, calendarFeedUrl, calendarWebcalUrl } from './calendar';

const settings = { name: 'Site', url: 'https://cancer-rehab.example.org' };

test('the subscription link is the feed address with webcal:, which calendar apps subscribe to', () => {
  expect(calendarFeedUrl(settings)).toBe('https://cancer-rehab.example.org/whats-on/calendar.ics');
  expect(calendarWebcalUrl(settings)).toBe('webcal://cancer-rehab.example.org/whats-on/calendar.ics');
});

test('pages announce the feed as a text/calendar alternate', () => {
  expect(calendarAlternate(settings)).toEqual({
    types: { 'text/calendar': [{ url: '/whats-on/calendar.ics', title: 'Site: health and wellbeing sessions' }] },
  });
});
