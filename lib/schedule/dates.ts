import { formatDate, formatMonth, formatTimeRange } from '../dates/nhs-style';
import {
  londonDate,
  londonInstant,
  londonMonth,
  nextDate,
  nextMonth,
  startOfLondonDay,
  toLondonIso,
} from '../dates/london';
import type { Occurrence, Session } from './schema';

/**
 * When occurrences happen, relative to a `now` that is always passed in
 * (the build time on the server, the viewer's clock in the island), and how
 * to write them in the NHS style. All in UK time (Europe/London).
 */

/** The start and end instants of an occurrence whose day is known. */
export type OccurrenceInstants = { start: Date; end: Date };

/**
 * - time known: its start and end ("00:00" as an end is the midnight after);
 * - day known, time to be confirmed: the whole London day, midnight to midnight;
 * - month or nothing known: null.
 */
export function occurrenceInstants(occurrence: Occurrence): OccurrenceInstants | null {
  switch (occurrence.precision) {
    case 'time':
      return {
        start: londonInstant(occurrence.date, occurrence.start),
        end:
          occurrence.end === '00:00'
            ? startOfLondonDay(nextDate(occurrence.date))
            : londonInstant(occurrence.date, occurrence.end),
      };
    case 'day':
      return { start: startOfLondonDay(occurrence.date), end: startOfLondonDay(nextDate(occurrence.date)) };
    default:
      return null;
  }
}

/**
 * The instant from which the occurrence counts as past: its end, the end of
 * its London day, or the end of its London month. Null when nothing is known.
 * The island that keeps the page current needs only this (as an ISO string
 * in a data attribute) to move an occurrence to "Past sessions".
 */
export function occurrenceEndsAt(occurrence: Occurrence): Date | null {
  if (occurrence.precision === 'month') return startOfLondonDay(`${nextMonth(occurrence.month)}-01`);
  return occurrenceInstants(occurrence)?.end ?? null;
}

/** Where an occurrence sits in time, ignoring whether it was cancelled. */
export type OccurrenceTiming = 'upcoming' | 'in-progress' | 'past' | 'to-be-confirmed';

/** What to tell people about an occurrence now: cancelled and moved win over timing. */
export type OccurrenceStatus = OccurrenceTiming | 'cancelled' | 'moved';

/**
 * - time known: upcoming before its start, in progress from start until end, then past;
 * - day known, time to be confirmed: upcoming until the end of that London day, then past
 *   (never "in progress": nobody knows when it starts);
 * - month known: to be confirmed during and before that month, past after it;
 * - nothing known: to be confirmed.
 */
export function occurrenceTiming(occurrence: Occurrence, now: Date): OccurrenceTiming {
  switch (occurrence.precision) {
    case 'time': {
      const { start, end } = occurrenceInstants(occurrence)!;
      if (now.getTime() < start.getTime()) return 'upcoming';
      return now.getTime() < end.getTime() ? 'in-progress' : 'past';
    }
    case 'day':
      return now.getTime() < occurrenceEndsAt(occurrence)!.getTime() ? 'upcoming' : 'past';
    case 'month':
      return occurrence.month < londonMonth(now) ? 'past' : 'to-be-confirmed';
    case 'unknown':
      return 'to-be-confirmed';
  }
}

/** Short labels for a status, for tags beside an occurrence. */
export const occurrenceStatusLabels: Record<OccurrenceStatus, string> = {
  upcoming: 'Upcoming',
  'in-progress': 'Happening now',
  past: 'Finished',
  'to-be-confirmed': 'Date to be confirmed',
  cancelled: 'Cancelled',
  moved: 'Moved',
};

export function occurrenceStatus(occurrence: Occurrence, now: Date): OccurrenceStatus {
  if (occurrence.status !== 'scheduled') return occurrence.status;
  return occurrenceTiming(occurrence, now);
}

export type ScheduleEntry = {
  session: Session;
  occurrence: Occurrence;
  timing: OccurrenceTiming;
  status: OccurrenceStatus;
};

export type ScheduleGroups = {
  /** In progress and upcoming, soonest first. Cancelled and moved ones stay, marked by `status`. */
  upcoming: ScheduleEntry[];
  /** Month known (this month or later), or nothing known: by month, unknown last. */
  toBeConfirmed: ScheduleEntry[];
  /** Ended, most recently ended first. */
  past: ScheduleEntry[];
};

/**
 * Groups every occurrence of the given sessions for a page. For one
 * session's page, pass `[session]`. Ties are broken by title, then slug,
 * then occurrence id, so the order never depends on file order.
 */
export function groupSchedule(sessions: ReadonlyArray<Session>, now: Date): ScheduleGroups {
  const groups: ScheduleGroups = { upcoming: [], toBeConfirmed: [], past: [] };
  for (const session of sessions) {
    for (const occurrence of session.occurrences) {
      const timing = occurrenceTiming(occurrence, now);
      const entry: ScheduleEntry = { session, occurrence, timing, status: occurrenceStatus(occurrence, now) };
      if (timing === 'past') groups.past.push(entry);
      else if (timing === 'to-be-confirmed') groups.toBeConfirmed.push(entry);
      else groups.upcoming.push(entry);
    }
  }
  groups.upcoming.sort((a, b) => startKey(a.occurrence) - startKey(b.occurrence) || tieBreak(a, b));
  groups.toBeConfirmed.sort((a, b) => compareText(monthKey(a.occurrence), monthKey(b.occurrence)) || tieBreak(a, b));
  groups.past.sort((a, b) => endKey(b.occurrence) - endKey(a.occurrence) || tieBreak(a, b));
  return groups;
}

/** The next occurrence that is going ahead (in progress or upcoming), for a session's card in a list. */
export function nextOccurrence(session: Session, now: Date): ScheduleEntry | undefined {
  return groupSchedule([session], now).upcoming.find((entry) => entry.status !== 'cancelled' && entry.status !== 'moved');
}

function startKey(occurrence: Occurrence): number {
  if (occurrence.precision === 'month') return startOfLondonDay(`${occurrence.month}-01`).getTime();
  return occurrenceInstants(occurrence)?.start.getTime() ?? Number.POSITIVE_INFINITY;
}

function endKey(occurrence: Occurrence): number {
  return occurrenceEndsAt(occurrence)?.getTime() ?? Number.NEGATIVE_INFINITY;
}

function monthKey(occurrence: Occurrence): string {
  if (occurrence.precision === 'month') return occurrence.month;
  if (occurrence.precision === 'unknown') return '~';
  return occurrence.date.slice(0, 7);
}

function tieBreak(a: ScheduleEntry, b: ScheduleEntry): number {
  return (
    compareText(a.session.title, b.session.title) ||
    compareText(a.session.slug, b.session.slug) ||
    compareText(a.occurrence.id, b.occurrence.id)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const DATE_TO_BE_CONFIRMED = 'Date to be confirmed';
export const TIME_TO_BE_CONFIRMED = 'Time to be confirmed';

/**
 * How to show when an occurrence is, in the NHS style.
 * - `date`: "Tuesday 19 August 2025", "Date to be confirmed (September 2025)" or "Date to be confirmed";
 * - `time`: "2pm to 3:30pm" or "Time to be confirmed"; absent when the date is not known;
 * - `text`: both on one line, for emails, calendars and meta text;
 * - `datetime` / `endDatetime`: values for `<time datetime>`: "2026-03-29T14:00:00+01:00",
 *   "2025-08-19" for a day, "2025-09" for a month; absent when nothing is known.
 */
export type OccurrenceWhen = {
  date: string;
  time?: string;
  text: string;
  datetime?: string;
  endDatetime?: string;
};

export function formatOccurrence(occurrence: Occurrence): OccurrenceWhen {
  switch (occurrence.precision) {
    case 'time': {
      const { start, end } = occurrenceInstants(occurrence)!;
      const date = formatDate(occurrence.date);
      const time = formatTimeRange(occurrence.start, occurrence.end);
      return { date, time, text: `${date}, ${time}`, datetime: toLondonIso(start), endDatetime: toLondonIso(end) };
    }
    case 'day': {
      const date = formatDate(occurrence.date);
      return {
        date,
        time: TIME_TO_BE_CONFIRMED,
        text: `${date}, time to be confirmed`,
        datetime: occurrence.date,
      };
    }
    case 'month': {
      const date = `${DATE_TO_BE_CONFIRMED} (${formatMonth(occurrence.month)})`;
      return { date, text: date, datetime: occurrence.month };
    }
    case 'unknown':
      return { date: DATE_TO_BE_CONFIRMED, text: DATE_TO_BE_CONFIRMED };
  }
}

/** The `datetime` attribute value for an occurrence's start, or undefined when nothing is known. */
export function occurrenceDateTimeAttribute(occurrence: Occurrence): string | undefined {
  return formatOccurrence(occurrence).datetime;
}

/** "Today" in London as "YYYY-MM-DD", for pages that say "today" or compare days. */
export function londonToday(now: Date): string {
  return londonDate(now);
}

/** Description paragraphs: blank lines separate them; single line breaks inside a paragraph are spaces. */
export function descriptionParagraphs(description: string): string[] {
  return description
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
}
