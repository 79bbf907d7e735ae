import { bookingContactFor, bookingMailto, calendarFileName, hasCalendarEvent, type ScheduleEntry } from '@/lib/schedule';
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
      entry.status === 'cancelled' || entry.status === 'moved'
        ? undefined
        : bookingMailto(entry.session, entry.occurrence, bookingContactFor(entry.session, contact)),
  };
}
