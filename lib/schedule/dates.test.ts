import { expect, test } from 'vitest';
import { everyKind, londonDayFrom, makeSession } from '../../tests/fixtures/schedule/sessions';
import {
  descriptionParagraphs,
  formatOccurrence,
  groupSchedule,
  nextOccurrence,
  occurrenceDateTimeAttribute,
  occurrenceEndsAt,
  occurrenceInstants,
  occurrenceStatus,
  occurrenceTiming,
  type ScheduleEntry,
} from './dates';
import type { Occurrence, Session } from './schema';

const occurrence = (session: Session, id: string): Occurrence => session.occurrences.find((item) => item.id === id)!;
const ids = (entries: ScheduleEntry[]) => entries.map((entry) => entry.occurrence.id);
const iso = (instants: { start: Date; end: Date } | null) =>
  instants && { start: instants.start.toISOString(), end: instants.end.toISOString() };

test('an occurrence on the day the clocks go forward starts and ends at London time (BST)', () => {
  expect(iso(occurrenceInstants(occurrence(everyKind(), 'spring-2026')))).toEqual({
    start: '2026-03-29T13:00:00.000Z',
    end: '2026-03-29T14:30:00.000Z',
  });
});

test('an occurrence on the day the clocks go back starts and ends at London time (GMT)', () => {
  expect(iso(occurrenceInstants(occurrence(everyKind(), 'autumn-2026')))).toEqual({
    start: '2026-10-25T10:00:00.000Z',
    end: '2026-10-25T12:00:00.000Z',
  });
});

test('an occurrence across the clock change from 00:30 to 02:30 on 31 October 2027 lasts three hours', () => {
  const { start, end } = occurrenceInstants(occurrence(everyKind(), 'autumn-2027'))!;
  expect(end.getTime() - start.getTime()).toBe(3 * 60 * 60 * 1000);
});

test('an end time of "00:00" is the midnight at the end of the day', () => {
  expect(iso(occurrenceInstants(occurrence(everyKind(), 'late-evening')))).toEqual({
    start: '2026-06-10T21:00:00.000Z',
    end: '2026-06-10T23:00:00.000Z',
  });
});

test('an occurrence with a date but no time lasts the whole London day', () => {
  expect(iso(occurrenceInstants(occurrence(everyKind(), 'day-only')))).toEqual({
    start: '2025-08-18T23:00:00.000Z',
    end: '2025-08-19T23:00:00.000Z',
  });
});

test('an occurrence with only a month or no date has no instants', () => {
  expect(occurrenceInstants(occurrence(everyKind(), 'month-only'))).toBeNull();
  expect(occurrenceInstants(occurrence(everyKind(), 'unknown'))).toBeNull();
});

test('a month-only occurrence counts as past from the first moment of the next London month', () => {
  expect(occurrenceEndsAt(occurrence(everyKind(), 'month-only'))!.toISOString()).toBe('2025-09-30T23:00:00.000Z');
  expect(occurrenceEndsAt(occurrence(everyKind(), 'unknown'))).toBeNull();
});

test('is upcoming before it starts, in progress from its start, and past from the moment it ends', () => {
  const spring = occurrence(everyKind(), 'spring-2026');
  expect(occurrenceTiming(spring, new Date('2026-03-29T12:59:59Z'))).toBe('upcoming');
  expect(occurrenceTiming(spring, new Date('2026-03-29T13:00:00Z'))).toBe('in-progress');
  expect(occurrenceTiming(spring, new Date('2026-03-29T14:29:59Z'))).toBe('in-progress');
  expect(occurrenceTiming(spring, new Date('2026-03-29T14:30:00Z'))).toBe('past');
});

test('a session ending at midday is past from midday, and one ending at midnight is past from midnight', () => {
  const session = everyKind();
  const midday = occurrence(session, 'autumn-2026');
  expect(occurrenceTiming(midday, new Date('2026-10-25T11:59:59Z'))).toBe('in-progress');
  expect(occurrenceTiming(midday, new Date('2026-10-25T12:00:00Z'))).toBe('past');
  const midnight = occurrence(session, 'late-evening');
  // Midnight at the end of 10 June 2026 in London (BST) is 23:00 UTC.
  expect(occurrenceTiming(midnight, new Date('2026-06-10T22:59:59Z'))).toBe('in-progress');
  expect(occurrenceTiming(midnight, new Date('2026-06-10T23:00:00Z'))).toBe('past');
});

test('a session happening now is in progress and listed first among upcoming sessions', () => {
  const now = new Date('2026-11-21T14:15:00Z');
  const today = londonDayFrom(now, 0);
  const session = makeSession({
    occurrences: [
      { id: 'later', date: londonDayFrom(now, 7), start: '14:00', end: '15:00' },
      { id: 'now', date: today, start: '14:00', end: '15:00' },
      { id: 'tonight', date: today, start: '18:00', end: '19:00' },
    ],
  });
  const { upcoming } = groupSchedule([session], now);
  expect(ids(upcoming)).toEqual(['now', 'tonight', 'later']);
  expect(upcoming.map((entry) => entry.status)).toEqual(['in-progress', 'upcoming', 'upcoming']);
});

test('an occurrence that ended yesterday is past today', () => {
  const now = new Date('2026-11-21T09:00:00Z');
  const session = makeSession({
    occurrences: [
      { id: 'yesterday-with-times', date: londonDayFrom(now, -1), start: '14:00', end: '15:00' },
      { id: 'yesterday-time-tbc', date: londonDayFrom(now, -1) },
    ],
  });
  const groups = groupSchedule([session], now);
  expect(ids(groups.past)).toEqual(['yesterday-time-tbc', 'yesterday-with-times']);
  expect(groups.upcoming).toEqual([]);
});

test('an occurrence whose time is to be confirmed is upcoming until the end of its London day, never in progress', () => {
  const day = occurrence(everyKind(), 'day-only');
  expect(occurrenceTiming(day, new Date('2025-08-19T12:00:00Z'))).toBe('upcoming');
  // 22:59:59 UTC is 23:59:59 BST, the last second of 19 August in London.
  expect(occurrenceTiming(day, new Date('2025-08-19T22:59:59Z'))).toBe('upcoming');
  expect(occurrenceTiming(day, new Date('2025-08-19T23:00:00Z'))).toBe('past');
});

test('a month-only occurrence is to be confirmed before and during its month, and past after it', () => {
  const month = occurrence(everyKind(), 'month-only');
  expect(occurrenceTiming(month, new Date('2025-08-31T22:59:59Z'))).toBe('to-be-confirmed');
  expect(occurrenceTiming(month, new Date('2025-09-30T22:59:59Z'))).toBe('to-be-confirmed');
  // Midnight on 1 October in London is 23:00 UTC on 30 September.
  expect(occurrenceTiming(month, new Date('2025-09-30T23:00:00Z'))).toBe('past');
});

test('an occurrence with no date is always to be confirmed', () => {
  const unknown = occurrence(everyKind(), 'unknown');
  expect(occurrenceTiming(unknown, new Date('2000-01-01T00:00:00Z'))).toBe('to-be-confirmed');
  expect(occurrenceTiming(unknown, new Date('2100-01-01T00:00:00Z'))).toBe('to-be-confirmed');
});

test('cancelled and moved occurrences say so, but keep their place in time', () => {
  const session = everyKind();
  const before = new Date('2026-07-01T00:00:00Z');
  const after = new Date('2026-08-01T00:00:00Z');
  expect(occurrenceStatus(occurrence(session, 'cancelled'), before)).toBe('cancelled');
  expect(occurrenceStatus(occurrence(session, 'moved'), before)).toBe('moved');
  const groupsBefore = groupSchedule([session], before);
  expect(ids(groupsBefore.upcoming)).toEqual(['cancelled', 'moved', 'moved-here', 'autumn-2026', 'spring-2027', 'autumn-2027']);
  const groupsAfter = groupSchedule([session], after);
  expect(ids(groupsAfter.past).slice(0, 3)).toEqual(['moved-here', 'moved', 'cancelled']);
});

test('groups the page: upcoming soonest first, dates to be confirmed by month with unknown last, past most recent first', () => {
  const groups = groupSchedule([everyKind()], new Date('2025-08-01T00:00:00Z'));
  expect(ids(groups.upcoming)).toEqual([
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
  expect(ids(groups.toBeConfirmed)).toEqual(['month-only', 'unknown']);
  expect(groups.past).toEqual([]);

  const later = groupSchedule([everyKind()], new Date('2026-11-21T09:00:00Z'));
  expect(ids(later.upcoming)).toEqual(['spring-2027', 'autumn-2027']);
  expect(ids(later.toBeConfirmed)).toEqual(['unknown']);
  expect(ids(later.past)).toEqual([
    'autumn-2026',
    'moved-here',
    'moved',
    'cancelled',
    'late-evening',
    'spring-2026',
    'month-only',
    'day-only',
  ]);
});

test('groups occurrences from several sessions together, ties broken by title', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  const same = { id: 'march', date: '2026-03-10', start: '10:00', end: '11:00' };
  const b = makeSession({ slug: 'b-session', title: 'B session', occurrences: [same] });
  const a = makeSession({ slug: 'a-session', title: 'A session', occurrences: [same] });
  const { upcoming } = groupSchedule([b, a], now);
  expect(upcoming.map((entry) => entry.session.slug)).toEqual(['a-session', 'b-session']);
});

test('an empty schedule has three empty groups', () => {
  expect(groupSchedule([], new Date('2026-11-21T00:00:00Z'))).toEqual({ upcoming: [], toBeConfirmed: [], past: [] });
});

test('the next occurrence of a session skips cancelled ones and is undefined when none is left', () => {
  const session = everyKind();
  expect(nextOccurrence(session, new Date('2026-07-01T00:00:00Z'))!.occurrence.id).toBe('moved-here');
  expect(nextOccurrence(session, new Date('2028-01-01T00:00:00Z'))).toBeUndefined();
});

test('formats an occurrence with times: date, time range and datetime values with the London offset', () => {
  expect(formatOccurrence(occurrence(everyKind(), 'spring-2026'))).toEqual({
    date: 'Sunday 29 March 2026',
    time: '2pm to 3:30pm',
    text: 'Sunday 29 March 2026, 2pm to 3:30pm',
    datetime: '2026-03-29T14:00:00+01:00',
    endDatetime: '2026-03-29T15:30:00+01:00',
  });
  expect(formatOccurrence(occurrence(everyKind(), 'autumn-2026'))).toMatchObject({
    time: '10am to midday',
    datetime: '2026-10-25T10:00:00+00:00',
  });
});

test('formats an occurrence with a date but no time: "Time to be confirmed"', () => {
  expect(formatOccurrence(occurrence(everyKind(), 'day-only'))).toEqual({
    date: 'Tuesday 19 August 2025',
    time: 'Time to be confirmed',
    text: 'Tuesday 19 August 2025, time to be confirmed',
    datetime: '2025-08-19',
  });
});

test('formats a month-only occurrence as "Date to be confirmed (September 2025)", even once it is past', () => {
  expect(formatOccurrence(occurrence(everyKind(), 'month-only'))).toEqual({
    date: 'Date to be confirmed (September 2025)',
    text: 'Date to be confirmed (September 2025)',
    datetime: '2025-09',
  });
});

test('formats an occurrence with no date as "Date to be confirmed", with no datetime value', () => {
  expect(formatOccurrence(occurrence(everyKind(), 'unknown'))).toEqual({
    date: 'Date to be confirmed',
    text: 'Date to be confirmed',
  });
  expect(occurrenceDateTimeAttribute(occurrence(everyKind(), 'unknown'))).toBeUndefined();
});

test('formats an end at midnight as "midnight" with the next day in its datetime value', () => {
  expect(formatOccurrence(occurrence(everyKind(), 'late-evening'))).toMatchObject({
    time: '10pm to midnight',
    endDatetime: '2026-06-11T00:00:00+01:00',
  });
});

test('splits a description into paragraphs at blank lines', () => {
  expect(descriptionParagraphs(everyKind().description)).toEqual([
    'A first paragraph; it has a semicolon, a comma and a backslash \\ in it. This line belongs to the same paragraph.',
    expect.stringMatching(/^A second paragraph/),
  ]);
});
