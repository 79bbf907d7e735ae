import ICAL from 'ical.js';
import { beforeAll, expect, test } from 'vitest';
import { everyKind, makeSession, sessionPath, siteUrl } from '../../tests/fixtures/schedule/sessions';
import { escapeText, foldLine, occurrenceCalendar, occurrenceUid, scheduleCalendar, type CalendarOptions } from './ics';
import type { Occurrence, Session } from './schema';

const dtstamp = new Date('2026-11-21T05:00:00Z');
const options: CalendarOptions = {
  siteUrl,
  sessionPath,
  dtstamp,
  booking: { team: 'Cancer Support Workers team', email: 'support@example.org' },
};
const occurrence = (session: Session, id: string): Occurrence => session.occurrences.find((item) => item.id === id)!;

beforeAll(() => {
  // Strict parsing: a DATE value must be a date, a DATE-TIME a date-time.
  ICAL.design.strict = true;
});

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      location: event.location,
      status: component.getFirstPropertyValue('status'),
      transp: component.getFirstPropertyValue('transp'),
      url: component.getFirstPropertyValue('url'),
      dtstamp: (component.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString(),
      allDay: event.startDate.isDate,
      start: event.startDate.isDate ? event.startDate.toString() : event.startDate.toJSDate().toISOString(),
      end: event.endDate.isDate ? event.endDate.toString() : event.endDate.toJSDate().toISOString(),
    };
  });
}

function octets(line: string): number {
  return new TextEncoder().encode(line).length;
}

test('every line ends in CRLF and none is longer than 75 octets', () => {
  const ics = scheduleCalendar([everyKind()], options);
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const lines = ics.split('\r\n').slice(0, -1);
  for (const line of lines) expect(octets(line), line).toBeLessThanOrEqual(75);
  // The fixture's description is long enough that some lines had to be folded.
  expect(lines.some((line) => line.startsWith(' '))).toBe(true);
});

test('folds a long line at 75 octets without splitting a character, and unfolds to the original', () => {
  const line = `DESCRIPTION:${'é'.repeat(50)}😀${'x'.repeat(80)}`;
  const folded = foldLine(line);
  const parts = folded.split('\r\n');
  expect(parts.length).toBeGreaterThan(1);
  for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
  for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
  expect(parts.every((part) => !part.includes('\uFFFD'))).toBe(true);
  expect(folded.replace(/\r\n /g, '')).toBe(line);
  expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
});

test('escapes backslashes, semicolons, commas and line breaks in text', () => {
  expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
});

test('text with commas, semicolons, backslashes and line breaks comes back unchanged from a calendar app', () => {
  const session = everyKind();
  const [event] = events(occurrenceCalendar(session, occurrence(session, 'spring-2026'), options)!);
  expect(event!.summary).toBe('Every kind, for tests; with a comma and a backslash \\ too');
  expect(event!.description).toContain('A first paragraph; it has a semicolon, a comma and a backslash \\ in it.');
  expect(event!.description).toContain('\n\nA second paragraph');
  expect(event!.description).toContain('“curly quotes”, an é and a 😀');
});

test('parses with ical.js and round-trips to the same instants across both 2026 clock changes', () => {
  const session = everyKind();
  const spring = events(occurrenceCalendar(session, occurrence(session, 'spring-2026'), options)!)[0]!;
  expect([spring.start, spring.end]).toEqual(['2026-03-29T13:00:00.000Z', '2026-03-29T14:30:00.000Z']);
  const autumn = events(occurrenceCalendar(session, occurrence(session, 'autumn-2026'), options)!)[0]!;
  expect([autumn.start, autumn.end]).toEqual(['2026-10-25T10:00:00.000Z', '2026-10-25T12:00:00.000Z']);
});

test('parses with ical.js and round-trips to the same instants across both 2027 clock changes', () => {
  const session = everyKind();
  const spring = events(occurrenceCalendar(session, occurrence(session, 'spring-2027'), options)!)[0]!;
  expect([spring.start, spring.end]).toEqual(['2027-03-28T01:00:00.000Z', '2027-03-28T02:00:00.000Z']);
  const autumn = events(occurrenceCalendar(session, occurrence(session, 'autumn-2027'), options)!)[0]!;
  expect([autumn.start, autumn.end]).toEqual(['2027-10-30T23:30:00.000Z', '2027-10-31T02:30:00.000Z']);
});

test('an event has its UID, the build time as DTSTAMP, the place, the page and CONFIRMED', () => {
  const session = everyKind();
  const [event] = events(occurrenceCalendar(session, occurrence(session, 'spring-2026'), options)!);
  expect(event).toMatchObject({
    uid: 'every-kind--spring-2026@rehab.example.org',
    dtstamp: '2026-11-21T05:00:00.000Z',
    location: 'Online (Microsoft Teams)',
    url: 'https://rehab.example.org/whats-on/every-kind',
    status: 'CONFIRMED',
    transp: 'OPAQUE',
    allDay: false,
  });
});

test('the description says how to book, using the session\'s own contact over the site-wide one', () => {
  const session = everyKind();
  const [withOverride] = events(occurrenceCalendar(session, occurrence(session, 'spring-2026'), options)!);
  expect(withOverride!.description).toContain('To book a place, contact the Fixture team: email fixture.team@example.org.');
  const plain = makeSession({ occurrences: [{ id: 'march', date: '2026-03-10', start: '10:00', end: '11:00' }] });
  const [siteWide] = events(occurrenceCalendar(plain, plain.occurrences[0]!, options)!);
  expect(siteWide!.description).toContain('contact the Cancer Support Workers team: email support@example.org.');
});

test('an occurrence with a date but no time is an all-day, tentative event that leaves the day free and says the time is to be confirmed', () => {
  const session = everyKind();
  const ics = occurrenceCalendar(session, occurrence(session, 'day-only'), options)!;
  expect(ics).toContain('DTSTART;VALUE=DATE:20250819\r\n');
  const [event] = events(ics);
  expect(event).toMatchObject({
    allDay: true,
    start: '2025-08-19',
    end: '2025-08-20',
    status: 'TENTATIVE',
    transp: 'TRANSPARENT',
    summary: 'Every kind, for tests; with a comma and a backslash \\ too (time to be confirmed)',
  });
  expect(event!.description).toContain('The time is to be confirmed.');
});

test('a month-only occurrence or one with no date never becomes a calendar event', () => {
  const session = everyKind();
  expect(occurrenceCalendar(session, occurrence(session, 'month-only'), options)).toBeNull();
  expect(occurrenceCalendar(session, occurrence(session, 'unknown'), options)).toBeNull();
  const uids = events(scheduleCalendar([session], options)).map((event) => event.uid);
  expect(uids).not.toContain('every-kind--month-only@rehab.example.org');
  expect(uids).not.toContain('every-kind--unknown@rehab.example.org');
});

test('cancelled and moved occurrences are CANCELLED, say why, and do not offer booking', () => {
  const session = everyKind();
  const [cancelled] = events(occurrenceCalendar(session, occurrence(session, 'cancelled'), options)!);
  expect(cancelled).toMatchObject({ status: 'CANCELLED', transp: 'TRANSPARENT' });
  expect(cancelled!.summary).toMatch(/^Cancelled: /);
  expect(cancelled!.description).toMatch(/^This session has been cancelled\./);
  expect(cancelled!.description).toContain('The speaker is unwell.');
  expect(cancelled!.description).not.toContain('To book');
  const [moved] = events(occurrenceCalendar(session, occurrence(session, 'moved'), options)!);
  expect(moved).toMatchObject({ status: 'CANCELLED' });
  expect(moved!.summary).toMatch(/^Moved: /);
  expect(moved!.description).toContain('Moved to Tuesday 21 July 2026.');
});

test('the feed holds every dated occurrence in time order, past ones included', () => {
  const ics = scheduleCalendar([everyKind()], options);
  expect(ics).toContain('X-WR-CALNAME:Health and wellbeing sessions\r\n');
  expect(events(ics).map((event) => event.uid.split('--')[1]!.split('@')[0])).toEqual([
    'day-only',
    'spring-2026',
    'late-evening',
    'cancelled',
    'moved',
    'moved-here',
    'autumn-2026',
    'spring-2027',
    'autumn-2027',
  ]);
});

test('UIDs are stable when occurrences are reordered or sessions come in another order', () => {
  const first = { id: 'first', date: '2026-03-10', start: '10:00', end: '11:00' };
  const second = { id: 'second', date: '2026-04-10', start: '10:00', end: '11:00' };
  const forwards = makeSession({ occurrences: [first, second] });
  const backwards = makeSession({ occurrences: [second, first] });
  const other = makeSession({ slug: 'other', title: 'Other', occurrences: [{ id: 'first', date: '2026-03-11' }] });
  expect(scheduleCalendar([forwards, other], options)).toBe(scheduleCalendar([other, backwards], options));
  expect(occurrenceUid(forwards, forwards.occurrences[1]!, siteUrl)).toBe(occurrenceUid(backwards, backwards.occurrences[0]!, siteUrl));
  expect(occurrenceUid(forwards, forwards.occurrences[0]!, siteUrl)).toBe('made-up-session--first@rehab.example.org');
});

test('an empty schedule is a valid calendar with no events', () => {
  const ics = scheduleCalendar([], options);
  expect(events(ics)).toEqual([]);
  expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
});

test('the feed asks subscribed calendar apps to refresh every 12 hours; a single-event file does not', () => {
  const session = everyKind();
  const feed = ICAL.Component.fromString(scheduleCalendar([session], options));
  expect(feed.getFirstProperty('refresh-interval')?.toICALString()).toBe('REFRESH-INTERVAL;VALUE=DURATION:PT12H');
  expect(feed.getFirstPropertyValue('x-published-ttl')).toBe('PT12H');
  const single = occurrenceCalendar(session, session.occurrences.find((item) => item.precision === 'time')!, options)!;
  expect(single).not.toContain('REFRESH-INTERVAL');
  expect(single).not.toContain('X-PUBLISHED-TTL');
});
