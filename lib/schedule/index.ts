/**
 * The "What's on" schedule: health and wellbeing sessions read from
 * content/whats-on/sessions/<slug>.yaml. Pure functions only: the content
 * gateway (lib/content/) reads the files; `now` is always passed in.
 * Editors' guide: docs/editing-the-schedule.md.
 */

export {
  bookingContactSchema,
  categoryLabels,
  categorySchema,
  categoryValues,
  occurrenceSchema,
  sessionSchema,
  type BookingContact,
  type Category,
  type Occurrence,
  type OccurrencePrecision,
  type Session,
  type SessionFormat,
} from './schema';

export { parseSessionFile, slugFromFile, validateSchedule, type SessionFile } from './parse';

export {
  DATE_TO_BE_CONFIRMED,
  TIME_TO_BE_CONFIRMED,
  descriptionParagraphs,
  formatOccurrence,
  groupSchedule,
  londonToday,
  nextOccurrence,
  occurrenceDateTimeAttribute,
  occurrenceEndsAt,
  occurrenceInstants,
  occurrenceStatus,
  occurrenceStatusLabels,
  occurrenceTiming,
  type OccurrenceInstants,
  type OccurrenceStatus,
  type OccurrenceTiming,
  type OccurrenceWhen,
  type ScheduleEntry,
  type ScheduleGroups,
} from './dates';

export { formatDate, formatMonth, formatTime, formatTimeRange } from '../dates/nhs-style';
export {
  LONDON_TIME_ZONE,
  londonInstant,
  resolveLondonTime,
  toLondonIso,
  type LondonTime,
} from '../dates/london';

export { bookingBody, bookingContactFor, bookingMailto, bookingSubject, isBookable } from './booking';

export {
  calendarFileName,
  formatLocation,
  hasCalendarEvent,
  occurrenceCalendar,
  occurrenceUid,
  scheduleCalendar,
  type CalendarOptions,
} from './ics';

export { scheduleEvents, serializeJsonLd, sessionEvents, type EventJsonLd, type JsonLdOptions } from './json-ld';
