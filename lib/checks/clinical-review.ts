import type { Problem } from '../problems/content-error';
import { formatIsoDate } from '../dates/nhs-style';

/**
 * Clinical sign-off: the NHS Standard for creating health content makes
 * clinical approval part of every review of health information
 * (docs/clinical-sign-off.md). These are editorial problems: they fail a pull
 * request that changes the page, never the build, so a page awaiting
 * sign-off stays online with its dates shown truthfully.
 */
export function clinicalReviewProblems(
  frontmatter: {
    audience: string;
    lastReviewed: string;
    clinicalReview?: { role: string; date: string } | 'not-health-information';
    owner?: string;
  },
  file: string,
  lineOf: (field: string) => number | undefined,
  today: string,
): Problem[] {
  // Pages only for professionals are checked by their owners; the standard is about information for the public.
  if (frontmatter.audience === 'professionals') return [];
  if (frontmatter.clinicalReview === 'not-health-information') return [];
  const signOff = frontmatter.clinicalReview;
  const ask = `Ask a clinician who knows the subject (${frontmatter.owner ? `through ${frontmatter.owner}` : "through the page's owner"}) to check the page against its sources.`;
  if (!signOff) {
    return [
      {
        file,
        line: lineOf('lastReviewed'),
        field: 'clinicalReview',
        message: 'This page for patients is awaiting clinical sign-off: nobody has recorded that a clinician checked it.',
        expected: 'clinicalReview with the role of the clinician who checked it and the date',
        found: 'nothing (the field is missing)',
        fix: `${ask} Then add:\nclinicalReview:\n  role: Clinical nurse specialist\n  date: "${today}"\nIf the page gives no health information at all (like a cookies page), write "clinicalReview: not-health-information" instead. See docs/clinical-sign-off.md.`,
        kind: 'editorial',
      },
    ];
  }
  if (signOff.date > today) {
    return [
      {
        file,
        line: lineOf('clinicalReview'),
        field: 'clinicalReview.date',
        message: `The clinical sign-off is dated ${formatIsoDate(signOff.date)}, which has not happened yet.`,
        expected: `a date on or before ${formatIsoDate(today)}`,
        found: signOff.date,
        fix: 'Write the date the clinician actually approved the page.',
        kind: 'editorial',
      },
    ];
  }
  if (signOff.date < frontmatter.lastReviewed) {
    return [
      {
        file,
        line: lineOf('clinicalReview'),
        field: 'clinicalReview.date',
        message: `The page was reviewed on ${formatIsoDate(frontmatter.lastReviewed)}, after its clinical sign-off on ${formatIsoDate(signOff.date)}: that review is awaiting clinical sign-off.`,
        expected: `a sign-off on or after ${formatIsoDate(frontmatter.lastReviewed)}`,
        found: signOff.date,
        fix: `${ask} Then set clinicalReview's role and date to theirs.`,
        kind: 'editorial',
      },
    ];
  }
  return [];
}
