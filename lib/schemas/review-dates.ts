import type { z } from 'zod';
import { addYears, isRealDate } from './common';

/**
 * The one review-date rule, for every collection with review dates (pages,
 * sessions, videos, and any collection added later): the next review comes
 * after the last one, and at most MAX_REVIEW_YEARS after it (the NHS Standard
 * for creating health content). Whether a review is overdue or due soon
 * depends on the day of the build, so lib/checks/review-dates.ts reports that.
 */
export const MAX_REVIEW_YEARS = 3;

/** What is wrong with a pair of real "YYYY-MM-DD" review dates, for an editor; undefined if nothing. */
export function reviewDatesProblem(lastReviewed: string, nextReview: string): string | undefined {
  if (nextReview <= lastReviewed) {
    return `The next review date (${nextReview}) must come after the date it was last reviewed (${lastReviewed}).\nFix: set nextReview to a later date, at most three years after lastReviewed.`;
  }
  const latest = addYears(lastReviewed, MAX_REVIEW_YEARS);
  if (nextReview > latest) {
    return `The next review (${nextReview}) is more than three years after the last (${lastReviewed}).\nFix: set nextReview to ${latest} or earlier.`;
  }
  return undefined;
}

/**
 * The rule as a zod refinement on a collection's object schema:
 * `.superRefine(...reviewDatesRefinement)`. It runs even when other fields
 * have problems (so the editor sees every problem at once), as long as both
 * dates are real dates; the date fields report anything else themselves.
 */
export const reviewDatesRefinement = [
  (value: unknown, ctx: z.RefinementCtx<unknown>) => {
    const { lastReviewed, nextReview } = value as { lastReviewed?: unknown; nextReview?: unknown };
    if (typeof lastReviewed !== 'string' || typeof nextReview !== 'string') return;
    if (!isRealDate(lastReviewed) || !isRealDate(nextReview)) return;
    const message = reviewDatesProblem(lastReviewed, nextReview);
    if (message) ctx.addIssue({ code: 'custom', path: ['nextReview'], input: nextReview, message });
  },
  { when: (payload: { value: unknown }) => payload.value !== null && typeof payload.value === 'object' },
] as const;
