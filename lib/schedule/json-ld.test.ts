import { expect, test } from 'vitest';
import { everyKind, makeSession, sessionPath, siteUrl } from '../../tests/fixtures/schedule/sessions';
import { scheduleEvents, serializeJsonLd, sessionEvents, type JsonLdOptions } from './json-ld';

const options = (now: string): JsonLdOptions => ({ siteUrl, sessionPath, now: new Date(now) });

test('describes only occurrences whose date and time are confirmed and that have not ended', () => {
  const events = sessionEvents(everyKind(), options('2026-07-01T00:00:00Z'));
  expect(events.map((event) => event['@id'].split('#')[1])).toEqual([
    'cancelled',
    'moved-here',
    'autumn-2026',
    'spring-2027',
    'autumn-2027',
  ]);
});

test('an online session is an online event at a virtual location: the session page', () => {
  const [event] = sessionEvents(everyKind(), options('2026-01-01T00:00:00Z'));
  expect(event).toEqual({
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': 'https://rehab.example.org/whats-on/every-kind#spring-2026',
    name: 'Every kind, for tests; with a comma and a backslash \\ too',
    description: 'A made-up session with one occurrence of every kind.',
    startDate: '2026-03-29T14:00:00+01:00',
    endDate: '2026-03-29T15:30:00+01:00',
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    location: { '@type': 'VirtualLocation', url: 'https://rehab.example.org/whats-on/every-kind' },
    url: 'https://rehab.example.org/whats-on/every-kind',
    inLanguage: 'en-GB',
  });
});

test('a cancelled occurrence is marked EventCancelled; a moved one is left out', () => {
  const events = sessionEvents(everyKind(), options('2026-07-01T00:00:00Z'));
  expect(events.find((event) => event['@id'].endsWith('#cancelled'))!.eventStatus).toBe(
    'https://schema.org/EventCancelled',
  );
  expect(events.find((event) => event['@id'].endsWith('#moved'))).toBeUndefined();
});

test('in-person and mixed sessions name the place', () => {
  const occurrences = [{ id: 'march', date: '2026-03-10', start: '10:00', end: '11:00' }];
  const [inPerson] = sessionEvents(makeSession({ format: 'in-person', occurrences }), options('2026-01-01T00:00:00Z'));
  expect(inPerson!.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
  expect(inPerson!.location).toEqual({ '@type': 'Place', name: 'Room 1, Outpatients', address: 'Room 1, Outpatients' });
  const [both] = sessionEvents(makeSession({ format: 'both', occurrences }), options('2026-01-01T00:00:00Z'));
  expect(both!.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
  expect(Array.isArray(both!.location)).toBe(true);
});

test('names the organiser when the site settings give one', () => {
  const [event] = scheduleEvents([everyKind()], {
    ...options('2026-01-01T00:00:00Z'),
    organizer: { name: 'Cancer Patient Experience team' },
  });
  expect(event!.organizer).toEqual({ '@type': 'Organization', name: 'Cancer Patient Experience team' });
});

test('a schedule with only past or unconfirmed dates has no events', () => {
  expect(scheduleEvents([everyKind()], options('2028-01-01T00:00:00Z'))).toEqual([]);
  expect(scheduleEvents([], options('2026-01-01T00:00:00Z'))).toEqual([]);
});

test('serialises safely for a script tag: "<" becomes \\u003c and the JSON still reads back the same', () => {
  const value = { name: '</script><script>alert(1)</script> & more', line: 'a\u2028b' };
  const json = serializeJsonLd(value);
  expect(json).not.toContain('<');
  expect(json).not.toContain('</script');
  expect(json).toContain('\\u003c/script\\u003e');
  expect(JSON.parse(json)).toEqual(value);
});
