import { expect, test } from 'vitest';
import { describeValue, formatPath, readYaml } from './yaml-source';

const yaml = ['title: Exercise', 'sources:', '  - publisher: Macmillan', '    title: Moving more', '  - publisher: NHS', 'nav:', '  order: 2'].join('\n');

test('lineOf gives the line of a field, a list item and a nested field', () => {
  const { lineOf, problems } = readYaml(yaml, 'content/a.yaml');
  expect(problems).toEqual([]);
  expect(lineOf(['title'])).toBe(1);
  expect(lineOf(['sources', 0, 'title'])).toBe(4);
  expect(lineOf(['sources', 1, 'publisher'])).toBe(5);
  expect(lineOf(['nav', 'order'])).toBe(7);
});

test('a missing field gives the line of its nearest parent', () => {
  const { lineOf } = readYaml(yaml, 'content/a.yaml');
  expect(lineOf(['sources', 1, 'title'])).toBe(5);
  expect(lineOf(['nav', 'label'])).toBe(7);
});

test('frontmatter lines are counted from the top of the file', () => {
  const { lineOf } = readYaml(yaml, 'content/a/index.mdx', 1);
  expect(lineOf(['title'])).toBe(2);
  expect(lineOf(['nav', 'order'])).toBe(8);
});

test('YAML that cannot be read is a problem with its line, and no data', () => {
  const { data, problems } = readYaml('title: Exercise\ndescription: [unclosed\nowner: Team', 'content/a/index.mdx', 1);
  expect(data).toBeUndefined();
  expect(problems[0]).toMatchObject({ file: 'content/a/index.mdx' });
  expect(problems[0]!.line).toBeGreaterThanOrEqual(2);
  expect(problems[0]!.message).toMatch(/^This is not valid YAML: /);
  expect(problems[0]!.fix).toMatch(/indentation/);
});

test('a field written twice is a problem', () => {
  const { problems } = readYaml('title: One\ntitle: Two', 'content/a.yaml');
  expect(problems).toHaveLength(1);
  expect(problems[0]!.line).toBe(2);
});

test('unquoted dates and times are read as other things, so the schemas can ask for quotes', () => {
  const { data } = readYaml('date: 2026-08-19\ntime: 14:00\nquoted: "14:00"', 'content/a.yaml');
  const values = data as Record<string, unknown>;
  expect(values.date).toBeInstanceOf(Date);
  expect(values.time).toBe(840);
  expect(values.quoted).toBe('14:00');
  expect(describeValue(values.date)).toBe('2026-08-19 without quotes, which YAML turns into a different kind of value');
  expect(describeValue(values.time)).toBe('the number 840');
});

test('values are described as an editor would see them', () => {
  expect(describeValue(undefined)).toBe('nothing (the field is missing)');
  expect(describeValue(null)).toBe('an empty value');
  expect(describeValue('red')).toBe('"red"');
  expect(describeValue([1, 2])).toBe('a list of 2');
  expect(describeValue({ a: 1 })).toBe('a group of fields');
});

test('field paths are written as an editor would find them', () => {
  expect(formatPath(['occurrences', 2, 'end'])).toBe('occurrences[2].end');
  expect(formatPath(['nav', 'label'])).toBe('nav.label');
  expect(formatPath([])).toBe('');
});

test('an unquoted impossible date is reported as impossible, not as the date YAML moved it to', async () => {
  const { pageFrontmatterSchema } = await import('../schemas/page');
  const { zodProblems } = await import('./yaml-source');
  const source = readYaml('title: T\ndescription: D\nlastReviewed: 2026-02-30\nnextReview: "2027-01-01"\nowner: O\naudience: patients\nsources: [{publisher: P, title: T}]\n', 'page.mdx', 1);
  const result = pageFrontmatterSchema.safeParse(source.data);
  expect(result.success).toBe(false);
  const problem = zodProblems(result.error!, source).find((candidate) => candidate.field === 'lastReviewed')!;
  expect(problem.message).toContain('There is no such date as 2026-02-30');
  expect(problem.line).toBe(4);
  expect(JSON.stringify(problem)).not.toContain('2026-03-02');
});
