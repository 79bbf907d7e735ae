import { formatIsoDate } from '@/lib/dates/nhs-style';

type Props = { lastReviewed: string; nextReview: string };

/** NHS pages show when they were last checked, so people can trust them. */
export function ReviewDates({ lastReviewed, nextReview }: Props) {
  return (
    <div className="mt-12 border-t border-border pt-4 text-base text-ink-secondary print:mt-6 print:text-ink">
      <p>
        Page last reviewed: <time dateTime={lastReviewed}>{formatIsoDate(lastReviewed)}</time>
        <br />
        Next review due: <time dateTime={nextReview}>{formatIsoDate(nextReview)}</time>
      </p>
    </div>
  );
}
