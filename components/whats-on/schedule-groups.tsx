import type { ScheduleEntry, ScheduleGroups as Groups } from '@/lib/schedule';
import { OccurrenceItem } from './occurrence-item';

type Links = {
  sessionHref: (entry: ScheduleEntry) => string;
  calendarHref: (entry: ScheduleEntry) => string | undefined;
  bookingHref: (entry: ScheduleEntry) => string | undefined;
};

type Props = Links & { groups: Groups; showTitle: boolean };

function Items({ entries, showTitle, ...links }: Links & { entries: ScheduleEntry[]; showTitle: boolean }) {
  return (
    <>
      {entries.map((entry) => (
        <OccurrenceItem
          key={`${entry.session.slug}--${entry.occurrence.id}`}
          entry={entry}
          showTitle={showTitle}
          sessionHref={links.sessionHref(entry)}
          calendarHref={entry.timing === 'past' ? undefined : links.calendarHref(entry)}
          bookingHref={entry.timing === 'past' ? undefined : links.bookingHref(entry)}
        />
      ))}
    </>
  );
}

/**
 * Upcoming first (soonest first), then dates to be confirmed, then past
 * (most recent first, folded away). The whats-on island moves items that end
 * while the page is open, or since the site was built, into "past".
 */
export function ScheduleGroups({ groups, showTitle, ...links }: Props) {
  return (
    <div data-schedule className="not-prose">
      <p data-schedule-announce role="status" className="sr-only" />
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading" className="text-2xl font-bold sm:text-3xl">
          Upcoming sessions
        </h2>
        <p data-empty-message hidden={groups.upcoming.length > 0} className="mt-3">
          There are no sessions with a confirmed date coming up at the moment. Dates are added here as soon as they are
          set.
        </p>
        <ul data-schedule-group="upcoming" className="mt-2">
          <Items entries={groups.upcoming} showTitle={showTitle} {...links} />
        </ul>
      </section>
      <section aria-labelledby="tbc-heading" className="mt-10">
        <h2 id="tbc-heading" className="text-2xl font-bold sm:text-3xl">
          Dates to be confirmed
        </h2>
        <p data-empty-message hidden={groups.toBeConfirmed.length > 0} className="mt-3">
          There are no sessions waiting for a date.
        </p>
        <ul data-schedule-group="to-be-confirmed" className="mt-2">
          <Items entries={groups.toBeConfirmed} showTitle={showTitle} {...links} />
        </ul>
      </section>
      <details className="mt-10 border-t border-border pt-4" data-past-sessions>
        <summary className="min-h-12 cursor-pointer text-2xl font-bold text-brand underline underline-offset-4 sm:text-3xl">
          <h2 className="inline">Past sessions</h2>
        </summary>
        <p data-empty-message hidden={groups.past.length > 0} className="mt-3">
          No sessions have taken place yet.
        </p>
        <ul data-schedule-group="past" className="mt-2">
          <Items entries={groups.past} showTitle={showTitle} {...links} />
        </ul>
      </details>
    </div>
  );
}
