import { formatIsoDate } from '@/lib/dates/nhs-style';

type Props = { lastReviewed: string; nextReview: string; clinicalReview?: { role: string; date: string } };

/** NHS pages show when they were last checked, so people can trust them. */
export function ReviewDates({ lastReviewed, nextReview, clinicalReview }: Props) {
  return (
    <div className="mt-12 border-t border-border pt-4 text-base text-ink-secondary print:mt-6 print:text-ink">
      <p>
        Page last reviewed: <time dateTime={lastReviewed}>{formatIsoDate(lastReviewed)}</time>
        <br />
        Next review due: <time dateTime={nextReview}>{formatIsoDate(nextReview)}</time>
      </p>
      {/* Shown only when a clinician has signed the page off (docs/clinical-sign-off.md): never claimed otherwise. */}
      {clinicalReview ? (
        <p className="mt-2">
          Checked by a clinician ({clinicalReview.role}):{' '}
          <time dateTime={clinicalReview.date}>{formatIsoDate(clinicalReview.date)}</time>
        </p>
      ) : null}
    </div>
  );
}
