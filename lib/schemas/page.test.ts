import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { formatProblem } from '../problems/content-error';
import { readYaml, zodProblems } from '../problems/yaml-source';
import { pageFrontmatterSchema } from './page';

// Frontmatter as an editor writes it. Each test breaks one field and checks
// the message names the file, the line (counted from the top of the file,
// so the opening "---" is line 1) and the field, and says what to do.

const file = 'content/prehabilitation/index.mdx';

const fields: Record<string, string> = {
  title: 'title: Getting ready for treatment',
  description: 'description: How being active and eating well before treatment can help you recover.',
  lastReviewed: 'lastReviewed: "2026-01-12"',
  nextReview: 'nextReview: "2027-01-12"',
  owner: 'owner: Cancer rehabilitation content team',
  audience: 'audience: patients',
  sources:
    'sources:\n  - publisher: Macmillan Cancer Support\n    title: Prehabilitation for people with cancer\n    url: https://www.macmillan.org.uk/cancer-information-and-support/treatment/preparing-for-treatment/prehabilitation',
};

/** The frontmatter's lines, with some fields changed (a value) or removed (null). */
function frontmatter(changes: Record<string, string | null> = {}): string {
  const all = { ...fields, ...changes };
  return Object.values(all)
    .filter((line): line is string => line !== null)
    .join('\n');
}

/** Reads and validates frontmatter as the gateway does: the YAML starts on line 2 of the file. */
function check(yaml: string) {
  const source = readYaml(yaml, file, 1);
  expect(source.problems).toEqual([]);
  const result = pageFrontmatterSchema.safeParse(source.data);
  const problems = result.success ? [] : zodProblems(result.error, source);
  return { problems, formatted: problems.map(formatProblem), data: result.data };
}

/** Line in the file (the frontmatter's first field is on line 2) of the line that starts with `text`. */
function fileLineOf(yaml: string, text: string): number {
  const index = yaml.split('\n').findIndex((line) => line.startsWith(text));
  if (index === -1) throw new Error(`"${text}" is not in the frontmatter`);
  return index + 2;
}

test('complete frontmatter passes', () => {
  const { problems, data } = check(frontmatter());
  expect(problems).toEqual([]);
  expect(data).toMatchObject({ title: 'Getting ready for treatment', lastReviewed: '2026-01-12', audience: 'patients' });
});

test('every optional field passes when written as the docs show', () => {
  const yaml = frontmatter({
    nav: 'nav:\n  order: 2\n  label: Before treatment',
    order: 'order: 1',
    shortTitle: 'shortTitle: Before treatment',
    redirectFrom: 'redirectFrom:\n  - /prehab',
    noindex: 'noindex: false',
  });
  expect(check(yaml).problems).toEqual([]);
});

test('a missing title names the field and says to add one', () => {
  const { problems, formatted } = check(frontmatter({ title: null }));
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ file, field: 'title', found: 'nothing (the field is missing)' });
  // A missing field has no line of its own: the message points at the start of the frontmatter.
  expect(formatted[0]).toMatch(new RegExp(`^${file}:2 \\(title\\): Expected a title as text\\.`));
  expect(problems[0]!.fix).toMatch(/add a title/);
});

test('a description over 160 characters says search engines will cut it off', () => {
  const long = 'This page explains how being more active, eating well and looking after your mental health before cancer treatment starts can help your body and mind recover afterwards.';
  expect(long.length).toBeGreaterThan(160);
  const yaml = frontmatter({ description: `description: ${long}` });
  const { problems, formatted } = check(yaml);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ file, field: 'description', line: fileLineOf(yaml, 'description:') });
  expect(formatted[0]).toMatch(new RegExp(`^${file}:3 \\(description\\): The description is longer than 160 characters`));
  expect(problems[0]!.fix).toMatch(/shorten it/);
});

test('a date without quotes says to add quotes and shows the date in quotes', () => {
  const yaml = frontmatter({ lastReviewed: 'lastReviewed: 2026-01-12' });
  const { problems, formatted } = check(yaml);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ file, field: 'lastReviewed', line: fileLineOf(yaml, 'lastReviewed:') });
  expect(problems[0]!.message).toMatch(/must be in quotes/);
  expect(problems[0]!.fix).toContain('"2026-01-12"');
  expect(formatted[0]).toMatch(new RegExp(`^${file}:4 \\(lastReviewed\\): Dates must be in quotes`));
});

test('a date that does not exist, such as 30 February, is reported', () => {
  const yaml = frontmatter({ lastReviewed: 'lastReviewed: "2026-02-30"' });
  const { problems, formatted } = check(yaml);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ file, field: 'lastReviewed', line: 4, found: '"2026-02-30"' });
  expect(formatted[0]).toContain(`${file}:4 (lastReviewed): There is no such date as 2026-02-30.`);
  expect(problems[0]!.fix).toMatch(/February has 28 or 29 days/);
});

test('a date written another way says how to write it', () => {
  const { problems } = check(frontmatter({ nextReview: 'nextReview: "12 January 2027"' }));
  expect(problems[0]).toMatchObject({ field: 'nextReview', line: 5 });
  expect(problems[0]!.message).toContain('"YYYY-MM-DD"');
});

test('an unknown field is named, with its line', () => {
  const yaml = `${frontmatter()}\ncolour: blue`;
  const { problems, formatted } = check(yaml);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ file, field: 'colour', line: fileLineOf(yaml, 'colour:'), message: 'Unknown field "colour".' });
  expect(formatted[0]).toMatch(new RegExp(`^${file}:${fileLineOf(yaml, 'colour:')} \\(colour\\): Unknown field "colour"\\.`));
  expect(problems[0]!.fix).toMatch(/Check the spelling/);
});

test('a misspelt field inside nav is named with its place', () => {
  const yaml = frontmatter({ nav: 'nav:\n  order: 2\n  lable: Before treatment' });
  const { problems } = check(yaml);
  expect(problems[0]).toMatchObject({ field: 'nav.lable', line: fileLineOf(yaml, '  lable:') });
});

test('a next review date before the last review is reported on nextReview', () => {
  const yaml = frontmatter({ nextReview: 'nextReview: "2025-06-01"' });
  const { problems, formatted } = check(yaml);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ file, field: 'nextReview', line: fileLineOf(yaml, 'nextReview:') });
  expect(formatted[0]).toContain(`${file}:5 (nextReview): The next review date (2025-06-01) must come after the date it was last reviewed (2026-01-12).`);
});

test('a next review date on the same day as the last review is reported too', () => {
  const { problems } = check(frontmatter({ nextReview: 'nextReview: "2026-01-12"' }));
  expect(problems[0]).toMatchObject({ field: 'nextReview' });
});

test('an audience that is not one of the choices lists the choices', () => {
  const yaml = frontmatter({ audience: 'audience: everyone' });
  const { problems, formatted } = check(yaml);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ file, field: 'audience', line: fileLineOf(yaml, 'audience:'), found: '"everyone"' });
  expect(formatted[0]).toMatch(new RegExp(`^${file}:7 \\(audience\\): Expected one of: patients, professionals, both\\.`));
  expect(formatted[0]).toContain('found:    "everyone"');
});

test('a page without sources is told to add them', () => {
  const { problems } = check(frontmatter({ sources: 'sources: []' }));
  expect(problems[0]).toMatchObject({ field: 'sources' });
  expect(problems[0]!.message).toMatch(/at least one source/);
});

test('a source with a missing title names the source and the field', () => {
  const yaml = frontmatter({ sources: 'sources:\n  - publisher: Macmillan Cancer Support' });
  const { problems } = check(yaml);
  expect(problems[0]).toMatchObject({ field: 'sources[0].title', line: fileLineOf(yaml, '  - publisher:') });
});

test('a source without a web address is refused, naming the source, its line and how to find the address', () => {
  const yaml = frontmatter({
    sources: 'sources:\n  - publisher: NHS\n    title: Lymphoedema\n    url: https://www.nhs.uk/conditions/lymphoedema/\n  - publisher: Macmillan Cancer Support\n    title: Prehabilitation for people with cancer',
  });
  const { problems, formatted } = check(yaml);
  expect(problems).toHaveLength(1);
  // The second source is the one without a url; the message points at its first line.
  const line = fileLineOf(yaml, '  - publisher: Macmillan');
  expect(problems[0]).toMatchObject({ file, field: 'sources[1].url', line, found: 'nothing (the field is missing)' });
  expect(formatted[0]).toMatch(new RegExp(`^${file}:${line} \\(sources\\[1\\]\\.url\\): Every source needs its web address \\("url"\\)`));
  expect(problems[0]!.fix).toMatch(/copy the address from the address bar/);
});

test('a source address that is not a web address says to copy it from the browser', () => {
  const yaml = frontmatter({ sources: 'sources:\n  - publisher: NHS\n    title: Lymphoedema\n    url: nhs.uk/conditions/lymphoedema' });
  const { problems } = check(yaml);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ field: 'sources[0].url', line: fileLineOf(yaml, '    url:'), found: '"nhs.uk/conditions/lymphoedema"' });
  expect(problems[0]!.message).toMatch(/full web address starting with https:\/\//);
  expect(problems[0]!.fix).toMatch(/including https:\/\//);
});

test('an old address in redirectFrom must be a path on this site', () => {
  const { problems } = check(frontmatter({ redirectFrom: 'redirectFrom:\n  - https://example.org/prehab/' }));
  expect(problems[0]).toMatchObject({ field: 'redirectFrom[0]' });
  expect(problems[0]!.fix).toMatch(/start with "\/"/);
});

test('every problem in the frontmatter is reported at once', () => {
  const yaml = frontmatter({ title: null, audience: 'audience: everyone', lastReviewed: 'lastReviewed: 2026-01-12' });
  const fieldsReported = check(`${yaml}\ncolour: blue`).problems.map((problem) => problem.field);
  expect(fieldsReported).toEqual(expect.arrayContaining(['title', 'audience', 'lastReviewed', 'colour']));
});

test('the complete example in docs/editing-pages.md is valid frontmatter', () => {
  const docs = readFileSync('docs/editing-pages.md', 'utf8');
  const example = /^```yaml\n---\n([\s\S]*?)\n---\n```/m.exec(docs);
  expect(example).not.toBeNull();
  const { problems, data } = check(example![1]!);
  expect(problems.map(formatProblem)).toEqual([]);
  expect(data).toMatchObject({ title: 'Exercise after treatment', redirectFrom: ['/exercise'] });
});

test('a next review more than three years after the last is refused, naming the latest date allowed', () => {
  const { problems } = check(frontmatter({ lastReviewed: 'lastReviewed: "2028-02-29"', nextReview: 'nextReview: "2031-03-01"' }));
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ field: 'nextReview', fix: 'set nextReview to 2031-02-28 or earlier.' });
  expect(check(frontmatter({ lastReviewed: 'lastReviewed: "2028-02-29"', nextReview: 'nextReview: "2031-02-28"' })).problems).toEqual([]);
});
