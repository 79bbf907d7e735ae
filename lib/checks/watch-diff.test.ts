import { expect, test } from 'vitest';
import type { Problem } from '../problems/content-error';
import { diffProblems } from './watch-diff';

const link: Problem = { file: 'content/a/index.mdx', line: 10, message: 'A link goes nowhere.' };
const date: Problem = { file: 'content/a/index.mdx', line: 12, message: 'The date "19/08/2025" is written in numbers.' };

test('a fixed problem and a new one are told apart from the ones still there', () => {
  const title: Problem = { file: 'content/b/index.mdx', line: 2, field: 'title', message: 'Expected a title.' };
  expect(diffProblems([link, date], [date, title])).toEqual({ added: [title], fixed: [link], unchanged: 1 });
});

test('a problem that moved down a line when a line was added above it is not new', () => {
  expect(diffProblems([link], [{ ...link, line: 11 }])).toEqual({ added: [], fixed: [], unchanged: 1 });
});

test('a second copy of the same problem is new', () => {
  const again = { ...link, line: 20 };
  expect(diffProblems([link], [link, again]).added).toEqual([again]);
});
