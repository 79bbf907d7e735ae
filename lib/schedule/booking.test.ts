import { expect, test } from 'vitest';
import { everyKind, makeSession } from '../../tests/fixtures/schedule/sessions';
import { bookingContactFor, bookingMailto, bookingSubject, isBookable } from './booking';
import type { BookingContact } from './schema';

const siteContact: BookingContact = { team: 'Cancer Support Workers team', email: 'cancer.support@example.org' };
const session = makeSession({
  title: 'Coping with anxiety',
  occurrences: [
    { id: 'march', date: '2026-03-29', start: '14:00', end: '15:30' },
    { id: 'april', date: '2026-04-14' },
    { id: 'may', month: '2026-05' },
    { id: 'later', tbc: true },
    { id: 'june', date: '2026-06-02', start: '10:00', end: '12:00', status: 'cancelled' },
  ],
});
const occurrence = (id: string) => session.occurrences.find((item) => item.id === id)!;

function decode(href: string) {
  const [, to, subject, body] = /^mailto:([^?]*)\?subject=([^&]*)&body=([^&]*)$/.exec(href)!;
  return { to: decodeURIComponent(to!), subject: decodeURIComponent(subject!), body: decodeURIComponent(body!) };
}

test('the subject is "Booking: <title> – <date and time>"', () => {
  expect(bookingSubject(session, occurrence('march'))).toBe('Booking: Coping with anxiety – Sunday 29 March 2026, 2pm to 3:30pm');
  expect(bookingSubject(session, occurrence('april'))).toBe('Booking: Coping with anxiety – Tuesday 14 April 2026, time to be confirmed');
  expect(bookingSubject(session, occurrence('may'))).toBe('Booking: Coping with anxiety – Date to be confirmed (May 2026)');
  expect(bookingSubject(session, occurrence('later'))).toBe('Booking: Coping with anxiety – Date to be confirmed');
});

test('the mailto link goes to the team and decodes to the subject and a body that asks for a name and no medical details', () => {
  const href = bookingMailto(session, occurrence('march'), siteContact)!;
  expect(href.startsWith('mailto:cancer.support@example.org?subject=')).toBe(true);
  const { to, subject, body } = decode(href);
  expect(to).toBe('cancer.support@example.org');
  expect(subject).toBe('Booking: Coping with anxiety – Sunday 29 March 2026, 2pm to 3:30pm');
  expect(body).toContain('Dear Cancer Support Workers team,');
  expect(body).toContain('My name:');
  expect(body).toContain('Please do not include any medical details in this email.');
  expect(body).toContain('\r\n');
});

test('the mailto link is fully percent-encoded: spaces are %20, never +, and no raw line breaks, ampersands or en dashes', () => {
  const href = bookingMailto(session, occurrence('march'), siteContact)!;
  expect(href).not.toMatch(/[ +\r\n–]/);
  expect(href.match(/&/g)).toHaveLength(1);
  expect(href).toContain('%E2%80%93');
  expect(href).toContain('%0D%0A');
});

test('a session\'s own booking contact wins over the site-wide one', () => {
  const fixture = everyKind();
  expect(bookingContactFor(fixture, siteContact)).toEqual({ team: 'Fixture team', email: 'fixture.team@example.org' });
  expect(bookingContactFor(session, siteContact)).toBe(siteContact);
});

test('there is no mailto link when the contact has only a phone number', () => {
  expect(bookingMailto(session, occurrence('march'), { team: 'Phone team', phone: '020 7946 0000' })).toBeUndefined();
});

test('booking is offered for upcoming occurrences and those with a month to be confirmed, not for past, in-progress, cancelled or undated ones', () => {
  const now = new Date('2026-03-29T13:30:00Z');
  expect(isBookable(occurrence('march'), now)).toBe(false);
  expect(isBookable(occurrence('march'), new Date('2026-03-01T00:00:00Z'))).toBe(true);
  expect(isBookable(occurrence('april'), now)).toBe(true);
  expect(isBookable(occurrence('may'), now)).toBe(true);
  expect(isBookable(occurrence('later'), now)).toBe(false);
  expect(isBookable(occurrence('june'), now)).toBe(false);
  expect(isBookable(occurrence('april'), new Date('2026-04-15T00:00:00Z'))).toBe(false);
});
