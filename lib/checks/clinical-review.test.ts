import { expect, test } from 'vitest';
import { clinicalReviewProblems } from './clinical-review';

const lines: Record<string, number> = { lastReviewed: 4, clinicalReview: 9 };
const lineOf = (field: string) => lines[field];
const base = { audience: 'patients', lastReviewed: '2026-01-12', owner: 'Cancer Support Workers team' };

test('a page for patients without clinical sign-off is awaiting sign-off, as an editorial problem', () => {
  const problems = clinicalReviewProblems(base, 'content/a/index.mdx', lineOf, '2026-03-01');
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ field: 'clinicalReview', kind: 'editorial', line: 4 });
  expect(problems[0]!.message).toContain('awaiting clinical sign-off');
  expect(problems[0]!.fix).toContain('date: "2026-03-01"');
});

test('a page for professionals needs no sign-off here', () => {
  expect(clinicalReviewProblems({ ...base, audience: 'professionals' }, 'f', lineOf, '2026-03-01')).toEqual([]);
});

test('a sign-off on or after the last review passes', () => {
  const signed = { ...base, clinicalReview: { role: 'Physiotherapist', date: '2026-01-12' } };
  expect(clinicalReviewProblems(signed, 'f', lineOf, '2026-03-01')).toEqual([]);
});

test('a review after the sign-off means the review is awaiting sign-off', () => {
  const stale = { ...base, lastReviewed: '2026-02-01', clinicalReview: { role: 'Physiotherapist', date: '2026-01-12' } };
  const [problem] = clinicalReviewProblems(stale, 'f', lineOf, '2026-03-01');
  expect(problem).toMatchObject({ field: 'clinicalReview.date', line: 9, kind: 'editorial' });
  expect(problem!.message).toContain('reviewed on 1 February 2026, after its clinical sign-off on 12 January 2026');
});

test('a sign-off dated in the future is reported', () => {
  const future = { ...base, clinicalReview: { role: 'Physiotherapist', date: '2026-04-01' } };
  expect(clinicalReviewProblems(future, 'f', lineOf, '2026-03-01')[0]!.message).toContain('has not happened yet');
});

test('a page that gives no health information can say so, and needs no sign-off', () => {
  expect(clinicalReviewProblems({ ...base, clinicalReview: 'not-health-information' }, 'f', lineOf, '2026-03-01')).toEqual([]);
});
