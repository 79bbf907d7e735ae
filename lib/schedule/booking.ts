import { formatOccurrence, occurrenceStatus } from './dates';
import type { BookingContact, Occurrence, Session } from './schema';

/**
 * Booking is by email to a team (the address is set once in the site
 * settings; a session may name a different team). The email is drafted for
 * the reader, who only has to add their name.
 */

/** The session's own contact if it has one, otherwise the site-wide one. */
export function bookingContactFor(session: Session, siteContact: BookingContact): BookingContact {
  return session.booking ?? siteContact;
}

/**
 * Whether to offer booking: the occurrence is going ahead (not cancelled or
 * moved) and has not started. An occurrence still to be confirmed can be
 * booked only if at least its month is known (the team replies when the day
 * is set): inviting people to book something with no date at all sets up a
 * promise nobody may keep (issue 11).
 */
export function isBookable(occurrence: Occurrence, now: Date): boolean {
  if (occurrence.precision === 'unknown') return false;
  const status = occurrenceStatus(occurrence, now);
  return status === 'upcoming' || status === 'to-be-confirmed';
}

/** "Booking: Coping with anxiety – Tuesday 19 August 2025, 2pm to 3:30pm" */
export function bookingSubject(session: Session, occurrence: Occurrence): string {
  return `Booking: ${session.title} – ${formatOccurrence(occurrence).text}`;
}

export function bookingBody(session: Session, occurrence: Occurrence, contact: BookingContact): string {
  return [
    `Dear ${contact.team},`,
    '',
    `I would like to book a place on the session "${session.title}" (${formatOccurrence(occurrence).text}).`,
    '',
    'My name:',
    '',
    'Please do not include any medical details in this email.',
  ].join('\r\n');
}

/**
 * The `mailto:` link for booking an occurrence, or undefined when the
 * contact has no email address (show the phone number instead).
 * Line breaks are CRLF and everything is percent-encoded, as RFC 6068 asks.
 * https://www.rfc-editor.org/rfc/rfc6068
 */
export function bookingMailto(session: Session, occurrence: Occurrence, contact: BookingContact): string | undefined {
  if (!contact.email) return undefined;
  const subject = encodeURIComponent(bookingSubject(session, occurrence));
  const body = encodeURIComponent(bookingBody(session, occurrence, contact));
  // The address is validated as an email by the schema; encode only what could break the URL.
  const to = contact.email.replace(/[%?#&]/g, (character) => encodeURIComponent(character));
  return `mailto:${to}?subject=${subject}&body=${body}`;
}
