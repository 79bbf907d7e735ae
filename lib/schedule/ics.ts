import { bookingContactFor } from './booking';
import { descriptionParagraphs, formatOccurrence, occurrenceInstants } from './dates';
import { nextDate, toIcsUtc } from '../dates/london';
import type { BookingContact, Occurrence, Session, SessionFormat } from './schema';

/**
 * iCalendar (RFC 5545) files: one per occurrence ("Add to calendar") and a
 * feed of the whole schedule. https://www.rfc-editor.org/rfc/rfc5545
 *
 * Times are written in UTC ("Z"), which every calendar converts to the
 * reader's own zone; that avoids shipping a VTIMEZONE that would have to
 * match the UK's rules. An occurrence whose day is known but whose time is
 * not becomes an all-day, TENTATIVE, free-time event with "time to be
 * confirmed" in its title: true, and it lets people keep the day. An
 * occurrence with only a month, or no date, never becomes an event.
 */

export type CalendarOptions = {
  /** The site's address, e.g. "https://example.org": its host makes UIDs unique worldwide. */
  siteUrl: string;
  /** Path of a session's page, e.g. `(session) => \`/whats-on/${session.slug}\``. */
  sessionPath: (session: Session) => string;
  /** DTSTAMP: when the file was made. Pass the build time, never `new Date()` here. */
  dtstamp: Date;
  /** The site-wide booking contact from the site settings; sessions may override it. */
  booking?: BookingContact;
  /** Name of the feed in calendar apps. */
  calendarName?: string;
};

const CRLF = '\r\n';

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma, and line breaks as \n. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line so no line is longer than 75 octets (RFC 5545 3.1),
 * without splitting a UTF-8 character. Continuation lines start with a space.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // The first line may hold 75 octets; later ones 74 plus the leading space.
    const limit = lines.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      lines.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join(`${CRLF} `);
}

/** "<slug>--<occurrence-id>@<host>": stable however the file's occurrences are reordered. */
export function occurrenceUid(session: Session, occurrence: Occurrence, siteUrl: string): string {
  return `${session.slug}--${occurrence.id}@${new URL(siteUrl).host}`;
}

/** File name for an occurrence's download: "<slug>--<occurrence-id>.ics". */
export function calendarFileName(session: Session, occurrence: Occurrence): string {
  return `${session.slug}--${occurrence.id}.ics`;
}

/** Whether an occurrence can go in a calendar at all: its day must be known. */
export function hasCalendarEvent(occurrence: Occurrence): boolean {
  return occurrence.precision === 'time' || occurrence.precision === 'day';
}

/** "Online (Microsoft Teams)", the place, or both. */
export function formatLocation(format: SessionFormat): string {
  switch (format.type) {
    case 'online':
      return `Online (${format.platform})`;
    case 'in-person':
      return format.place;
    case 'both':
      return `${format.place}, or online (${format.platform})`;
  }
}

function sessionUrl(session: Session, options: CalendarOptions): string {
  return new URL(options.sessionPath(session), options.siteUrl).href;
}

function describe(session: Session, occurrence: Occurrence, options: CalendarOptions): string {
  const paragraphs = descriptionParagraphs(session.description);
  if (occurrence.status === 'cancelled') paragraphs.unshift('This session has been cancelled.');
  if (occurrence.status === 'moved') paragraphs.unshift('This session has moved to another date.');
  if (occurrence.note) paragraphs.push(occurrence.note);
  if (occurrence.precision === 'day') {
    paragraphs.push('The time is to be confirmed. Check the website before the day.');
  }
  const contact = options.booking ? bookingContactFor(session, options.booking) : session.booking;
  if (contact && occurrence.status === 'scheduled') {
    const ways = [contact.email && `email ${contact.email}`, contact.phone && `call ${contact.phone}`].filter(Boolean);
    paragraphs.push(`To book a place, contact the ${contact.team}: ${ways.join(' or ')}.`);
  }
  paragraphs.push(`More about this session: ${sessionUrl(session, options)}`);
  return paragraphs.join('\n\n');
}

function eventLines(session: Session, occurrence: Occurrence, options: CalendarOptions): string[] {
  const instants = occurrenceInstants(occurrence);
  if (!instants || (occurrence.precision !== 'time' && occurrence.precision !== 'day')) return [];
  const going = occurrence.status === 'scheduled';
  const lines = [
    'BEGIN:VEVENT',
    `UID:${occurrenceUid(session, occurrence, options.siteUrl)}`,
    `DTSTAMP:${toIcsUtc(options.dtstamp)}`,
  ];
  if (occurrence.precision === 'time') {
    lines.push(`DTSTART:${toIcsUtc(instants.start)}`, `DTEND:${toIcsUtc(instants.end)}`);
  } else {
    lines.push(
      `DTSTART;VALUE=DATE:${occurrence.date.replace(/-/g, '')}`,
      `DTEND;VALUE=DATE:${nextDate(occurrence.date).replace(/-/g, '')}`,
    );
  }
  const title =
    occurrence.precision === 'day' ? `${session.title} (${formatOccurrence(occurrence).time!.toLowerCase()})` : session.title;
  lines.push(
    `SUMMARY:${escapeText(going ? title : `${occurrence.status === 'moved' ? 'Moved' : 'Cancelled'}: ${title}`)}`,
    `DESCRIPTION:${escapeText(describe(session, occurrence, options))}`,
    `LOCATION:${escapeText(formatLocation(session.format))}`,
    `URL:${sessionUrl(session, options)}`,
    // A moved occurrence will not happen at this time: calendars should drop it.
    `STATUS:${!going ? 'CANCELLED' : occurrence.precision === 'day' ? 'TENTATIVE' : 'CONFIRMED'}`,
    // An all-day placeholder must not block the whole day in people's calendars.
    `TRANSP:${occurrence.precision === 'day' || !going ? 'TRANSPARENT' : 'OPAQUE'}`,
    'END:VEVENT',
  );
  return lines;
}

function calendar(events: string[], options: CalendarOptions, name?: string): string {
  const host = new URL(options.siteUrl).host;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${host}//Health and wellbeing sessions//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(name ? [`X-WR-CALNAME:${escapeText(name)}`] : []),
    ...events,
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/**
 * A calendar file with one occurrence, or null when its day is not known
 * (month only, or to be confirmed): there is nothing truthful to put in a calendar.
 */
export function occurrenceCalendar(session: Session, occurrence: Occurrence, options: CalendarOptions): string | null {
  if (!hasCalendarEvent(occurrence)) return null;
  return calendar(eventLines(session, occurrence, options), options);
}

/**
 * A feed of every occurrence whose day is known, past ones included (calendar
 * apps keep history), in time order. Valid even when there are no events.
 */
export function scheduleCalendar(sessions: ReadonlyArray<Session>, options: CalendarOptions): string {
  const entries = sessions
    .flatMap((session) => session.occurrences.map((occurrence) => ({ session, occurrence })))
    .filter(({ occurrence }) => hasCalendarEvent(occurrence))
    .map((entry) => ({
      ...entry,
      start: occurrenceInstants(entry.occurrence)!.start.getTime(),
      uid: occurrenceUid(entry.session, entry.occurrence, options.siteUrl),
    }))
    .sort((a, b) => a.start - b.start || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
  return calendar(
    entries.flatMap(({ session, occurrence }) => eventLines(session, occurrence, options)),
    options,
    options.calendarName ?? 'Health and wellbeing sessions',
  );
}
