import { expect, test } from 'vitest';
import { formatProblem } from '../problems/content-error';
import { parseSessionFile } from '../schedule/parse';
import { readFixture } from '../../tests/fixtures/schedule/sessions';
import { MAX_REVIEW_YEARS, reviewDatesProblem } from './review-dates';

// Pages and videos are covered in lib/schemas/page.test.ts and
// lib/video/parse.test.ts; these show the rule and that sessions follow it too.

test('the next review must come after the last one', () => {
  expect(reviewDatesProblem('2026-01-12', '2026-01-12')).toContain('must come after the date it was last reviewed');
  expect(reviewDatesProblem('2026-01-12', '2025-06-01')).toContain('Fix: set nextReview to a later date');
});

test(`the next review may be up to ${MAX_REVIEW_YEARS} years after the last, and no later`, () => {
  expect(reviewDatesProblem('2026-01-10', '2029-01-10')).toBeUndefined();
  expect(reviewDatesProblem('2026-01-10', '2029-01-11')).toBe(
    'The next review (2029-01-11) is more than three years after the last (2026-01-10).\nFix: set nextReview to 2029-01-10 or earlier.',
  );
});

test('3 years after 29 February is 28 February', () => {
  expect(reviewDatesProblem('2028-02-29', '2031-02-28')).toBeUndefined();
  expect(reviewDatesProblem('2028-02-29', '2031-03-01')).toContain('set nextReview to 2031-02-28 or earlier');
});

function sessionWith(nextReview: string) {
  const fixture = readFixture('valid/every-kind.yaml');
  const text = fixture.text.replace('nextReview: "2026-07-01"', `nextReview: "${nextReview}"`);
  expect(text).not.toBe(fixture.text);
  return parseSessionFile(text, fixture.file);
}

test('a session follows the same rule as a page: after the last review, within three years', () => {
  expect(sessionWith('2028-12-31').problems).toEqual([]);
  expect(sessionWith('2029-01-02').problems.map(formatProblem).join('\n')).toContain(
    'The next review (2029-01-02) is more than three years after the last (2026-01-01).',
  );
  expect(sessionWith('2025-12-01').problems).toMatchObject([{ field: 'nextReview', message: expect.stringContaining('must come after') }]);
});
