import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseMdx } from './parse-mdx';
import { readingAge, readingAgeProblems, type ReadingAge } from './reading-age';

const fixture = (name: string) => parseMdx(readFileSync(`tests/fixtures/checks/reading-age/${name}.mdx`, 'utf8'));
const of = (source: string) => readingAge(parseMdx(source));

test('the grade is Flesch–Kincaid: 0.39 × words per sentence + 11.8 × syllables per word − 15.59', () => {
  // 12 words in 2 sentences; every word has 1 syllable except "very" and "sunny", so 14 syllables.
  const result = of('The cat sat on the mat. It was a very sunny day.\n');
  expect(result.words).toBe(12);
  expect(result.sentences).toBe(2);
  // 0.39 × 6 + 11.8 × 14/12 − 15.59 = 0.52
  expect(result.grade).toBe(0.5);
  expect(result.age).toBe(5.5);
});

test('a grade is never below 0, however short the words and sentences', () => {
  // 0.39 × 1 + 11.8 × 1 − 15.59 = −3.4
  expect(of('Go. Sit. Eat.\n')).toMatchObject({ grade: 0, age: 5 });
});

test('the reading age is the grade plus 5', () => {
  const result = readingAge(fixture('hard'));
  expect(result.age).toBeCloseTo(result.grade + 5, 5);
  expect(result.age).toBeGreaterThan(20);
});

test('plain words in short sentences give a low reading age', () => {
  expect(readingAge(fixture('plain')).age).toBeLessThan(8);
});

test('headings, list items and component text each count as a sentence, without a full stop', () => {
  const result = of(['## Start slowly', '', '- walk to the shops', '- dance at home', '', '<Expander summary="If you feel unwell">', 'Call us', '</Expander>', ''].join('\n'));
  expect(result.sentences).toBe(5);
  expect(result.words).toBe(15);
});

test('frontmatter, code, link addresses and {expressions} are not counted', () => {
  const result = of(
    ['---', 'title: Extraordinarily complicated title', '---', '', 'Read [the guide](https://example.org/extraordinarily-long-address).', '', '```', 'incomprehensible multisyllabic vocabulary', '```', '', 'Type `incomprehensible` here {/* editorial note */}.', ''].join('\n'),
  );
  // "Read the guide." and "Type here."
  expect(result.words).toBe(5);
  expect(result.sentences).toBe(2);
});

test('"e.g." and "Dr." do not end a sentence', () => {
  expect(of('See Dr. Patel, e.g. on Monday. Then rest.\n').sentences).toBe(2);
});

test('the 3 hardest sentences of 8 words or more are listed with their lines, hardest first', () => {
  const { hardest } = readingAge(fixture('hard'));
  expect(hardest.map((sentence) => sentence.line)).toEqual([19, 15, 17]);
  expect(hardest[0]!.text).toMatch(/^Multidisciplinary collaboration between oncology/);
  expect(hardest[0]!.grade).toBeGreaterThanOrEqual(hardest[1]!.grade);
  expect(hardest[1]!.grade).toBeGreaterThanOrEqual(hardest[2]!.grade);
});

test('sentences shorter than 8 words are never listed as hardest', () => {
  const { hardest } = of('Prehabilitation encompasses multimodal interventions.\n\nYou can walk to the shops and back again.\n');
  expect(hardest.map((sentence) => sentence.text)).toEqual(['You can walk to the shops and back again.']);
});

test('a page with no text has no words, no sentences and grade 0', () => {
  expect(of('---\ntitle: Empty\n---\n')).toEqual({ grade: 0, age: 5, words: 0, sentences: 0, hardest: [] });
});

test('a page for patients above reading age 11 gets a warning naming the hardest sentences', () => {
  const result = readingAge(fixture('hard'));
  const [problem, ...rest] = readingAgeProblems(result, 'content/prehabilitation/index.mdx', 'patients');
  expect(rest).toEqual([]);
  expect(problem).toMatchObject({
    file: 'content/prehabilitation/index.mdx',
    line: 19,
    severity: 'warning',
    expected: 'a reading age of 11 or under',
  });
  expect(problem!.message).toContain(`reading age of ${result.age}`);
  expect(problem!.fix).toMatch(/^Use shorter sentences and everyday words\./);
  expect(problem!.fix).toContain('line 19');
  expect(problem!.fix).toContain('line 15');
  expect(problem!.fix).toContain('line 17');
});

test('pages for both patients and professionals are held to the same target as pages for patients', () => {
  expect(readingAgeProblems(readingAge(fixture('hard')), 'page.mdx', 'both')).toHaveLength(1);
});

test('pages only for professionals get no reading-age warning', () => {
  expect(readingAgeProblems(readingAge(fixture('hard')), 'page.mdx', 'professionals')).toEqual([]);
});

test('a page at the target age or under gets no warning, and the target can be changed', () => {
  const result: ReadingAge = { grade: 6, age: 11, words: 100, sentences: 10, hardest: [] };
  expect(readingAgeProblems(result, 'page.mdx', 'patients')).toEqual([]);
  expect(readingAgeProblems(result, 'page.mdx', 'patients', 10)).toMatchObject([{ severity: 'warning' }]);
});
