import { bookingContactFor, bookingMailto, calendarFileName, hasCalendarEvent, type ScheduleEntry } from '@/lib/schedule';

/**
 * Whether an entry may show a booking link. Past entries are handled by the
 * caller (and by the island as time passes); this rules out what is never
 * bookable: cancelled or moved occurrences, and ones with no date or month.
 */
export function mayOfferBooking(entry: ScheduleEntry): boolean {
  return entry.status !== 'cancelled' && entry.status !== 'moved' && entry.occurrence.precision !== 'unknown';
}
import type { SiteSettings } from '@/lib/schemas/site';
import { occurrenceCalendarPath, sessionPath } from '@/lib/urls';

/** The links each occurrence offers: its session's page, a calendar file and a booking email. */
export function occurrenceLinks(contact: SiteSettings['contact']) {
  return {
    sessionHref: (entry: ScheduleEntry) => sessionPath(entry.session),
    calendarHref: (entry: ScheduleEntry) =>
      hasCalendarEvent(entry.occurrence) && entry.status !== 'moved'
        ? occurrenceCalendarPath(calendarFileName(entry.session, entry.occurrence))
        : undefined,
    bookingHref: (entry: ScheduleEntry) =>
      mayOfferBooking(entry) ? bookingMailto(entry.session, entry.occurrence, bookingContactFor(entry.session, contact)) : undefined,
  };
}
