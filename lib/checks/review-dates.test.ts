import { expect, test } from 'vitest';
import { reviewProblems } from './review-dates';

const page = 'content/prehabilitation/index.mdx';

test('a page past its review date is an error that gives the date in NHS style', () => {
  const problems = reviewProblems({ lastReviewed: '2025-03-12', nextReview: '2026-03-12' }, page, 5, '2026-04-21');
  expect(problems).toMatchObject([
    {
      file: page,
      line: 5,
      field: 'nextReview',
      severity: 'error',
      message: expect.stringMatching(/^This page was due for review on 12 March 2026, 40 days ago\./),
    },
  ]);
});

test('the fix names the owner when the page has one', () => {
  const [problem] = reviewProblems(
    { lastReviewed: '2025-03-12', nextReview: '2026-03-12', owner: 'the physiotherapy team' },
    page,
    5,
    '2026-03-13',
  );
  expect(problem!.message).toContain('1 day ago');
  expect(problem!.fix).toMatch(/^Check the page is still correct with the physiotherapy team\./);
});

test('a page due for review within 60 days is a warning', () => {
  expect(reviewProblems({ lastReviewed: '2025-06-01', nextReview: '2026-06-01' }, page, 5, '2026-04-02')).toMatchObject([
    { severity: 'warning', message: 'This page is due for review on 1 June 2026, in 60 days.' },
  ]);
});

test('a page due for review today is a warning, not yet an error', () => {
  expect(reviewProblems({ lastReviewed: '2025-06-01', nextReview: '2026-06-01' }, page, 5, '2026-06-01')).toMatchObject([
    { severity: 'warning', message: 'This page is due for review on 1 June 2026, today.' },
  ]);
});

test('a page due for review in more than 60 days has no problems', () => {
  expect(reviewProblems({ lastReviewed: '2025-06-01', nextReview: '2026-06-01' }, page, 5, '2026-04-01')).toEqual([]);
});

test('an overdue review is reported without a line when the line is not known', () => {
  const problems = reviewProblems({ lastReviewed: '2020-01-01', nextReview: '2022-01-01' }, page, undefined, '2026-01-01');
  expect(problems.map((problem) => problem.severity)).toEqual(['error']);
  expect(problems.every((problem) => problem.line === undefined)).toBe(true);
});

test('the result depends on the today passed in, not on the clock or the time zone', () => {
  const dates = { lastReviewed: '2026-01-01', nextReview: '2026-12-31' };
  expect(reviewProblems(dates, page, 5, '2026-12-31')).toMatchObject([{ severity: 'warning' }]);
  expect(reviewProblems(dates, page, 5, '2027-01-01')).toMatchObject([{ severity: 'error' }]);
});

test('dates that are not real dates are left for the page schema to report', () => {
  expect(reviewProblems({ lastReviewed: '2026-02-30', nextReview: 'soon' }, page, 5, '2026-01-01')).toEqual([]);
});

test('a today that is not a YYYY-MM-DD date is a programming error', () => {
  expect(() => reviewProblems({ lastReviewed: '2026-01-01', nextReview: '2026-12-31' }, page, 5, '01/01/2026')).toThrow(
    /YYYY-MM-DD/,
  );
});
