import { expect, test } from 'vitest';
import type { Problem } from '../problems/content-error';
import { classify } from './problem-kinds';

const blocking: Problem = { file: 'content/a/index.mdx', message: 'A link goes nowhere.' };
const overdue: Problem = { file: 'content/a/index.mdx', message: 'Overdue.', kind: 'editorial' };
const otherOverdue: Problem = { file: 'content/b/index.mdx', message: 'Overdue.', kind: 'editorial' };
const dueSoon: Problem = { file: 'content/a/index.mdx', message: 'Due soon.', severity: 'warning' };

test('the build fails only for blocking problems: an overdue page is listed, not failed', () => {
  const { failing, listed } = classify([blocking, overdue, dueSoon], null);
  expect(failing).toEqual([blocking]);
  expect(listed).toEqual([overdue, dueSoon]);
  expect(classify([overdue, otherOverdue, dueSoon], null).failing).toEqual([]);
});

test('a pull request fails for editorial problems in the files it changes, not in others', () => {
  const { failing, listed } = classify([overdue, otherOverdue, dueSoon], new Set(['content/a/index.mdx']));
  expect(failing).toEqual([overdue]);
  expect(listed).toEqual([otherOverdue, dueSoon]);
});

test('a blocking problem fails a pull request even in a file it does not change', () => {
  expect(classify([blocking], new Set(['content/other.yaml'])).failing).toEqual([blocking]);
});
