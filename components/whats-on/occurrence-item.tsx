import {
  formatOccurrence,
  occurrenceEndsAt,
  occurrenceStatusLabels,
  type ScheduleEntry,
} from '@/lib/schedule';

type Props = {
  entry: ScheduleEntry;
  /** On the "What's on" list the session's title is shown; on its own page it is not. */
  showTitle: boolean;
  sessionHref: string;
  calendarHref?: string;
  bookingHref?: string;
};

/**
 * One occurrence of a session. Exact dates are <time datetime>. The
 * data-ends-at attribute lets the whats-on island move it to "past" when the
 * visitor's clock says it has ended (docs/decisions/003).
 */
export function OccurrenceItem({ entry, showTitle, sessionHref, calendarHref, bookingHref }: Props) {
  const { session, occurrence, status } = entry;
  const when = formatOccurrence(occurrence);
  const endsAt = occurrenceEndsAt(occurrence);
  const changed = status === 'cancelled' || status === 'moved';
  return (
    <li
      className="border-b border-border py-4"
      data-occurrence={`${session.slug}--${occurrence.id}`}
      data-ends-at={endsAt && !changed ? endsAt.toISOString() : undefined}
    >
      {showTitle ? (
        <h3 className="text-xl font-bold">
          <a href={sessionHref}>{session.title}</a>
        </h3>
      ) : null}
      <p className={showTitle ? 'mt-1' : ''}>
        {when.datetime ? (
          <time
            dateTime={occurrence.precision === 'time' ? occurrence.date : when.datetime}
            className={changed ? 'line-through' : 'font-bold'}
          >
            {when.date}
          </time>
        ) : (
          <span className="font-bold">{when.date}</span>
        )}
        {when.time ? (
          <>
            <br />
            {occurrence.precision === 'time' ? (
              <span>
                <time dateTime={when.datetime}>{when.time.split(' to ')[0]}</time> to{' '}
                <time dateTime={when.endDatetime}>{when.time.split(' to ')[1]}</time>
              </span>
            ) : (
              <span>{when.time}</span>
            )}
          </>
        ) : null}
      </p>
      {/* "Date to be confirmed" is already said by the date line. */}
      <p className="mt-1" hidden={status === 'to-be-confirmed'}>
        <strong
          data-status-label
          className={`inline-block px-2 text-base ${changed ? 'bg-urgent text-white' : 'bg-page text-ink'}`}
        >
          {occurrenceStatusLabels[status]}
        </strong>
        {occurrence.note ? <span className="ml-2">{occurrence.note}</span> : null}
      </p>
      {calendarHref || bookingHref ? (
        <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1" data-while-upcoming>
          {bookingHref ? (
            <li>
              <a href={bookingHref} className="inline-flex min-h-6 items-center">
                Book by email<span className="sr-only">: {session.title}, {when.text}</span>
              </a>
            </li>
          ) : null}
          {calendarHref ? (
            <li>
              <a href={calendarHref} className="inline-flex min-h-6 items-center" download>
                Add to calendar<span className="sr-only">: {session.title}, {when.text}</span>
              </a>
            </li>
          ) : null}
        </ul>
      ) : null}
    </li>
  );
}
