import { formatIsoDate } from '../dates/nhs-style';
import { isRealDate } from '../schemas/common';
import { MAX_REVIEW_YEARS } from '../schemas/review-dates';
import type { Problem } from '../problems/content-error';

/**
 * Health information goes out of date, so every page has a review date. A
 * page past it stops the build; a page due within REVIEW_SOON_DAYS gets a
 * warning, so the owner has time to review it before the build stops. (How
 * far apart the two dates may be is the schemas' rule, shared by every
 * collection: lib/schemas/review-dates.ts.)
 */
export const REVIEW_SOON_DAYS = 60;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * @param frontmatter the page's review dates ("YYYY-MM-DD"), and its owner for the message
 * @param line the line of `nextReview` in the file, if known
 * @param today "YYYY-MM-DD" in Europe/London; always passed in, never read from the clock
 *
 * Dates that are not real "YYYY-MM-DD" dates give no problems here: the page
 * schema reports them, with a better message.
 */
export function reviewProblems(
  frontmatter: { lastReviewed: string; nextReview: string; owner?: string },
  file: string,
  line: number | undefined,
  today: string,
): Problem[] {
  const now = dayNumber(today);
  if (now === undefined) throw new Error(`reviewProblems: today must be a date written YYYY-MM-DD, not "${today}".`);
  const last = dayNumber(frontmatter.lastReviewed);
  const next = dayNumber(frontmatter.nextReview);
  if (last === undefined || next === undefined) return [];

  const who = frontmatter.owner ? `with ${frontmatter.owner}` : 'with its owner';
  const reviewFix = `Check the page is still correct ${who}. Then set lastReviewed to the date of that review and nextReview to the date of the next one, no more than ${MAX_REVIEW_YEARS} years later.`;
  const at = { file, line, field: 'nextReview' };
  const problems: Problem[] = [];

  if (next < now) {
    const days = now - next;
    problems.push({
      ...at,
      message: `This page was due for review on ${formatIsoDate(frontmatter.nextReview)}, ${days === 1 ? '1 day' : `${days} days`} ago. Health information that has not been checked may be wrong.`,
      expected: `a review date on or after ${formatIsoDate(today)}`,
      found: formatIsoDate(frontmatter.nextReview),
      fix: reviewFix,
      severity: 'error',
    });
  } else if (next - now <= REVIEW_SOON_DAYS) {
    const days = next - now;
    problems.push({
      ...at,
      message: `This page is due for review on ${formatIsoDate(frontmatter.nextReview)}, ${days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`}.`,
      found: formatIsoDate(frontmatter.nextReview),
      fix: reviewFix,
      severity: 'warning',
    });
  }

  return problems;
}

/** Days since 1970-01-01 for a real "YYYY-MM-DD" date; undefined otherwise. */
function dayNumber(iso: string): number | undefined {
  return isRealDate(iso) ? Date.parse(`${iso}T00:00:00Z`) / DAY_MS : undefined;
}


