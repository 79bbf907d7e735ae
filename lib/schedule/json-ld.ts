import { occurrenceEndsAt, occurrenceInstants } from './dates';
import { toLondonIso } from '../dates/london';
import type { Occurrence, Session } from './schema';

/**
 * schema.org Event data for search engines.
 * https://schema.org/Event and https://developers.google.com/search/docs/appearance/structured-data/event
 *
 * Only occurrences whose date and time are both confirmed, that are still
 * to come or in progress at `now`: search results should never show a guess,
 * and events that have ended are no use to anyone searching. Cancelled ones
 * stay, marked EventCancelled, so search results stop advertising them.
 * Moved ones are left out: their new date is an occurrence of its own.
 */

export type JsonLdOptions = {
  /** The site's address, e.g. "https://example.org". */
  siteUrl: string;
  /** Path of a session's page, e.g. `(session) => \`/whats-on/${session.slug}\``. */
  sessionPath: (session: Session) => string;
  /** Build time: events that ended before it are left out. */
  now: Date;
  /** The organisation running the sessions, if the site settings name it. */
  organizer?: { name: string; url?: string };
};

type Place = { '@type': 'Place'; name: string; address: string };
type VirtualLocation = { '@type': 'VirtualLocation'; url: string };

export type EventJsonLd = {
  '@context': 'https://schema.org';
  '@type': 'Event';
  '@id': string;
  name: string;
  description: string;
  startDate: string;
  endDate: string;
  eventStatus: 'https://schema.org/EventScheduled' | 'https://schema.org/EventCancelled';
  eventAttendanceMode:
    | 'https://schema.org/OnlineEventAttendanceMode'
    | 'https://schema.org/OfflineEventAttendanceMode'
    | 'https://schema.org/MixedEventAttendanceMode';
  location: VirtualLocation | Place | [Place, VirtualLocation];
  url: string;
  inLanguage: 'en-GB';
  organizer?: { '@type': 'Organization'; name: string; url?: string };
};

function eventFor(session: Session, occurrence: Occurrence, options: JsonLdOptions): EventJsonLd | null {
  if (occurrence.precision !== 'time' || occurrence.status === 'moved') return null;
  const ends = occurrenceEndsAt(occurrence)!;
  if (ends.getTime() <= options.now.getTime()) return null;
  const { start, end } = occurrenceInstants(occurrence)!;
  const url = new URL(options.sessionPath(session), options.siteUrl).href;
  const online: VirtualLocation = { '@type': 'VirtualLocation', url };
  const format = session.format;
  const place = (name: string): Place => ({ '@type': 'Place', name, address: name });
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': `${url}#${occurrence.id}`,
    name: session.title,
    description: session.summary,
    startDate: toLondonIso(start),
    endDate: toLondonIso(end),
    eventStatus:
      occurrence.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode:
      format.type === 'online'
        ? 'https://schema.org/OnlineEventAttendanceMode'
        : format.type === 'in-person'
          ? 'https://schema.org/OfflineEventAttendanceMode'
          : 'https://schema.org/MixedEventAttendanceMode',
    location: format.type === 'online' ? online : format.type === 'in-person' ? place(format.place) : [place(format.place), online],
    url,
    inLanguage: 'en-GB',
    ...(options.organizer
      ? {
          organizer: {
            '@type': 'Organization' as const,
            name: options.organizer.name,
            ...(options.organizer.url ? { url: options.organizer.url } : {}),
          },
        }
      : {}),
  };
}

/** Events for one session's confirmed occurrences, soonest first. */
export function sessionEvents(session: Session, options: JsonLdOptions): EventJsonLd[] {
  return scheduleEvents([session], options);
}

/** Events for every session's confirmed occurrences, soonest first. */
export function scheduleEvents(sessions: ReadonlyArray<Session>, options: JsonLdOptions): EventJsonLd[] {
  return sessions
    .flatMap((session) => session.occurrences.map((occurrence) => eventFor(session, occurrence, options)))
    .filter((event): event is EventJsonLd => event !== null)
    .sort((a, b) => (a.startDate === b.startDate ? compare(a['@id'], b['@id']) : compare(instant(a), instant(b))));
}

const instant = (event: EventJsonLd) => new Date(event.startDate).toISOString();
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * JSON for a `<script type="application/ld+json">`: "<" is escaped so that
 * text such as "</script>" cannot end the script early; U+2028 and U+2029
 * are escaped too, for old JavaScript parsers.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
