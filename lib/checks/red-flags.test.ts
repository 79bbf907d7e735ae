import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseMdx } from './parse-mdx';
import { findRedFlag, redFlagProblems } from './red-flags';

function check(fixture: string) {
  const file = `tests/fixtures/checks/red-flags/${fixture}.mdx`;
  return redFlagProblems(parseMdx(readFileSync(file, 'utf8')), file);
}

test('a page that names a red flag without saying where to get urgent help fails at its first mention', () => {
  const problems = check('no-link.bad');
  expect(problems).toHaveLength(1);
  const [problem] = problems;
  expect(problem).toMatchObject({ file: 'tests/fixtures/checks/red-flags/no-link.bad.mdx', line: 15, column: 44 });
  expect(problem!.severity ?? 'error').toBe('error');
  expect(problem!.message).toContain('infection');
  expect(problem!.found).toContain('fight an infection');
  expect(problem!.expected).toContain('/urgent-help');
  expect(problem!.fix).toContain('(/urgent-help)');
});

test('a page that links to /urgent-help passes, even to a section of it', () => {
  expect(check('link.good')).toEqual([]);
});

test('a page with its own urgent or emergency care card passes', () => {
  expect(check('care-card.good')).toEqual([]);
});

test('a non-urgent care card does not count as urgent help', () => {
  const problems = check('non-urgent-card.bad');
  expect(problems.map((problem) => [problem.line, problem.found])).toEqual([[13, expect.stringContaining('new swelling')]]);
});

test('look-alike words and link addresses are not red flags', () => {
  expect(check('look-alikes.good')).toEqual([]);
});

test.each([
  ['Call if your temperature is 37.5°C or higher', 'a high or low temperature'],
  ['Neutropenic sepsis is serious', 'neutropenia'],
  ['a painful, swollen leg', 'swelling'],
  ['signs of a blood clot', 'a blood clot'],
  ['4 or more watery poos (diarrhoea) in 24 hours', 'diarrhoea'],
  ['metastatic spinal cord compression', 'spinal cord compression'],
  ['a mental health crisis', 'a crisis'],
  ['if you feel suicidal', 'suicide or self-harm'],
] as const)('"%s" names %s', (text, topic) => {
  expect(findRedFlag(text)?.topic).toBe(topic);
});

test('the first mention is the one reported, whichever topic it is', () => {
  expect(findRedFlag('Diarrhoea can come with an infection')).toMatchObject({ topic: 'diarrhoea', index: 0 });
  expect(findRedFlag('Nothing to see here')).toBeUndefined();
});
