import {
  bookingContactFor,
  categoryLabels,
  descriptionParagraphs,
  formatLocation,
  type ScheduleGroups as Groups,
  type Session,
} from '@/lib/schedule';
import { telHref } from '@/lib/links';
import type { SiteSettings } from '@/lib/schemas/site';
import { Island } from '../island';
import { JsonLd } from '../json-ld';
import { ReviewDates } from '../layout/review-dates';
import { mayOfferBooking, occurrenceLinks } from './links';
import { ScheduleGroups } from './schedule-groups';
import { UrgentHelpNote } from './urgent-help-note';
import { whatsOnPath } from '@/lib/urls';

type Props = { session: Session; groups: Groups; settings: SiteSettings; events: unknown[] };

/** One session series: what it covers, who it is for, every date, how to join and book. */
export function SessionDetails({ session, groups, settings, events }: Props) {
  const contact = bookingContactFor(session, settings.contact);
  const format = session.format;
  // Only invite booking when there is a date (or at least a month) still to
  // come: a session with only past or undated occurrences cannot be booked.
  const canBook = [...groups.upcoming, ...groups.toBeConfirmed].some(mayOfferBooking);
  return (
    <div className="max-w-[44rem]">
      <p className="text-ink-secondary">{categoryLabels[session.category]}</p>
      <h1 className="text-3xl font-bold sm:text-5xl">{session.title}</h1>
      <p className="mt-4 text-xl">{session.summary}</p>

      <h2 className="mt-8 text-2xl font-bold sm:text-3xl">About this session</h2>
      {descriptionParagraphs(session.description).map((paragraph) => (
        <p key={paragraph} className="mt-3">
          {paragraph}
        </p>
      ))}
      {/* Under "About this session", so its h3 card heading keeps the heading levels in order. */}
      <UrgentHelpNote session={session} />
      {session.topics?.length ? (
        <>
          <h3 className="mt-6 text-xl font-bold">What it covers</h3>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {session.topics.map((topic) => (
              <li key={topic}>{topic}</li>
            ))}
          </ul>
        </>
      ) : null}

      <h2 className="mt-8 text-2xl font-bold sm:text-3xl">Who it is for</h2>
      <p className="mt-3">{session.audience}</p>

      <h2 className="mt-8 text-2xl font-bold sm:text-3xl">How it is held</h2>
      <p className="mt-3">
        {format.type === 'online'
          ? `Online, on ${format.platform}. You can join from a phone, tablet or computer. You will get the joining details when you book.`
          : format.type === 'in-person'
            ? `In person, at ${format.place}.`
            : `Online on ${format.platform}, or in person at ${format.place}.`}
      </p>
      <p className="sr-only">{formatLocation(format)}</p>

      <h2 className="mt-8 text-2xl font-bold sm:text-3xl">How to book</h2>
      {canBook ? (
        <>
          <p className="mt-3">
            Contact the {contact.team}
            {contact.email ? (
              <>
                {' '}
                by email at <a href={`mailto:${contact.email}`}>{contact.email}</a>
              </>
            ) : null}
            {contact.phone ? (
              <>
                {contact.email ? ' or' : ''} by phone on <a href={telHref(contact.phone)}>{contact.phone}</a>
              </>
            ) : null}
            . They will give you the details and remind you nearer the time. You can also use the &ldquo;Book by email&rdquo;
            link beside a date below: it fills in the session and date for you.
          </p>
          <p className="mt-3 border-l-8 border-brand bg-white px-4 py-3">
            Please do not put medical details in your email. Your name and the session you want are enough.
          </p>
        </>
      ) : (
        <p className="mt-3">
          This session has no date in the future, so you cannot book a place. If a new date is set, it will be shown
          on this page with a way to book.
        </p>
      )}

      <div className="mt-10">
        <ScheduleGroups groups={groups} showTitle={false} {...occurrenceLinks(settings.contact)} />
      </div>

      <p className="mt-8">
        <a href={whatsOnPath}>Back to all health and wellbeing sessions</a>
      </p>
      <ReviewDates lastReviewed={session.lastReviewed} nextReview={session.nextReview} />
      {events.length ? <JsonLd data={events} /> : null}
      <Island name="whats-on" />
    </div>
  );
}
