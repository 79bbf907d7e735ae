import { MONTH_NAMES } from '../format-date';
import type { Problem } from '../content-error';

/**
 * Health information goes out of date, so every page has a review date. A
 * page past it stops the build; a page due within REVIEW_SOON_DAYS gets a
 * warning, so the owner has time to review it before the build stops; and a
 * review planned more than MAX_REVIEW_YEARS after the last one is too far off
 * to promise readers the page is current.
 */
export const REVIEW_SOON_DAYS = 60;
export const MAX_REVIEW_YEARS = 3;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
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
      message: `This page was due for review on ${nhsDate(frontmatter.nextReview)}, ${days === 1 ? '1 day' : `${days} days`} ago. Health information that has not been checked may be wrong.`,
      expected: `a review date on or after ${nhsDate(today)}`,
      found: nhsDate(frontmatter.nextReview),
      fix: reviewFix,
      severity: 'error',
    });
  } else if (next - now <= REVIEW_SOON_DAYS) {
    const days = next - now;
    problems.push({
      ...at,
      message: `This page is due for review on ${nhsDate(frontmatter.nextReview)}, ${days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`}.`,
      found: nhsDate(frontmatter.nextReview),
      fix: reviewFix,
      severity: 'warning',
    });
  }

  const latest = addYears(frontmatter.lastReviewed, MAX_REVIEW_YEARS);
  if (latest !== undefined && next > dayNumber(latest)!) {
    problems.push({
      ...at,
      message: `The next review, on ${nhsDate(frontmatter.nextReview)}, is more than ${MAX_REVIEW_YEARS} years after the last review on ${nhsDate(frontmatter.lastReviewed)}.`,
      expected: `${latest} (${nhsDate(latest)}) or earlier`,
      found: frontmatter.nextReview,
      fix: `Set nextReview to "${latest}" or an earlier date.`,
      severity: 'error',
    });
  }
  return problems;
}

/** Days since 1970-01-01 for a real "YYYY-MM-DD" date; undefined otherwise. */
function dayNumber(iso: string): number | undefined {
  const parts = ISO_DATE.exec(iso);
  if (!parts) return undefined;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.getTime() / DAY_MS;
}

/** The same day `years` later; 29 February becomes 28 February in a year that has none. */
function addYears(iso: string, years: number): string | undefined {
  const parts = ISO_DATE.exec(iso);
  if (!parts) return undefined;
  const year = Number(parts[1]) + years;
  const month = Number(parts[2]);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(parts[3]), lastDay);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "2026-03-12" → "12 March 2026", the NHS style. Pure arithmetic, so the server's time zone cannot change it. */
function nhsDate(iso: string): string {
  const parts = ISO_DATE.exec(iso);
  if (!parts) return iso;
  return `${Number(parts[3])} ${MONTH_NAMES[Number(parts[2]) - 1] ?? ''} ${parts[1]}`;
}
