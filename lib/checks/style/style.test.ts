import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseMdx } from '../parse-mdx';
import { lintStyle, STYLE_RULES, type StyleRule } from '.';

// Each rule has a page that breaks it (<rule>.bad.mdx) and the same page
// fixed (<rule>.good.mdx). The fixed page must pass every rule, not just its
// own, and carries look-alikes that must not be reported.
function lint(fixture: string) {
  const file = `tests/fixtures/checks/style/${fixture}.mdx`;
  return lintStyle(parseMdx(readFileSync(file, 'utf8')), file);
}

/** What an editor would see for each problem: line, what was found and what to write. */
function summary(fixture: string, rule: StyleRule) {
  const problems = lint(fixture);
  expect(problems.map((problem) => problem.rule)).toEqual(problems.map(() => rule));
  return problems.map((problem) => [problem.line, problem.found, problem.expected]);
}

test('dates in numbers are reported with the date written in full', () => {
  expect(summary('dates.bad', 'dates')).toEqual([
    [15, '19/08/2025', '19 August 2025'],
    [17, '19-08-25', '19 August 2025'],
    [17, '2025-08-19', '19 August 2025'],
    [19, '18.12.2025', '18 December 2025'],
  ]);
});

test('dates written in full pass, and web addresses and phone numbers are not dates', () => {
  expect(lint('dates.good')).toEqual([]);
});

test('shortened month names used as months are reported', () => {
  expect(summary('months.bad', 'months')).toEqual([
    [15, 'Aug', 'August'],
    [17, 'Sept', 'September'],
    [17, 'Jan', 'January'],
    [17, 'Mar', 'March'],
  ]);
});

test('months in full pass, and "Jan" as a name or "march" as a verb are not months', () => {
  expect(lint('months.good')).toEqual([]);
});

test('times not in NHS style are reported with the NHS way of writing them', () => {
  expect(summary('times.bad', 'times')).toEqual([
    [15, '14:00', '2pm'],
    [15, '2.30pm', '2:30pm'],
    [17, '9.30 am', '9:30am'],
    [18, '2:30 pm', '2:30pm'],
    [19, '2PM', '2pm'],
    [20, '12pm', 'midday'],
    [21, '12noon', 'midday'],
    [23, '12am', 'midnight'],
    [23, '2-4pm', '2pm to 4pm'],
  ]);
});

test('times in NHS style pass, and decimals such as 1.5 hours are not times', () => {
  expect(lint('times.good')).toEqual([]);
});

test('a time without am or pm is reported as unclear, with both choices', () => {
  const [problem] = lintStyle(parseMdx('The class starts at 9:30.\n'), 'page.mdx');
  expect(problem).toMatchObject({ rule: 'times', found: '9:30', fix: 'Write "9:30am" or "9:30pm".' });
});

test('link text that does not say where the link goes is reported, in links, action links and cards', () => {
  expect(summary('link-text.bad', 'link-text')).toEqual([
    [15, 'click here', 'words that say where the link goes'],
    [17, 'here', 'words that say where the link goes'],
    [19, 'this page', 'words that say where the link goes'],
    [21, 'Read more', 'words that say where the link goes'],
    [23, 'More', 'words that say where the link goes'],
    [26, 'Read more', 'words that say where the link goes'],
  ]);
});

test('link text that says where the link goes passes, and "here" outside a link is fine', () => {
  expect(lint('link-text.good')).toEqual([]);
});

test('an abbreviation not explained at its first use is reported once, where it is first used', () => {
  expect(lint('abbreviations.bad').map((problem) => [problem.rule, problem.line, problem.column, problem.found])).toEqual([
    ['abbreviations', 15, 6, 'CNS'],
    // Explained on the same line, but after it was first used.
    ['abbreviations', 17, 6, 'HNA'],
    // "(see below)" is not what PSFU stands for.
    ['abbreviations', 19, 22, 'PSFU'],
    // A component's heading is page text too.
    ['abbreviations', 21, 35, 'ACU'],
  ]);
});

test('abbreviations spelled out, linked to the glossary, well known, in code or in a GlossaryTerm pass', () => {
  expect(lint('abbreviations.good')).toEqual([]);
});

test('images without alt text are reported, in Markdown and in <img>', () => {
  expect(summary('image-alt.bad', 'image-alt')).toEqual([
    [15, 'an image with empty square brackets', 'a short description of what the image shows'],
    [17, '<img> without alt', 'a short description of what the image shows'],
    [19, '<img> with an empty alt', 'a short description of what the image shows'],
  ]);
});

test('images described in their alt text pass', () => {
  expect(lint('image-alt.good')).toEqual([]);
});

test('a # heading in the body and skipped heading levels are reported with the level to use', () => {
  expect(summary('heading-levels.bad', 'heading-levels')).toEqual([
    [13, '# Heading levels out of order', '## Heading levels out of order'],
    [17, '### Before your first session', '## Before your first session'],
    [23, '#### What to bring', '### What to bring'],
  ]);
});

test('headings that start at ## and go down one level at a time pass', () => {
  expect(lint('heading-levels.good')).toEqual([]);
});

test('every rule has a failing and a passing example', () => {
  for (const rule of STYLE_RULES) {
    expect(lint(`${rule}.bad`).some((problem) => problem.rule === rule), `${rule}.bad.mdx`).toBe(true);
    expect(lint(`${rule}.good`), `${rule}.good.mdx`).toEqual([]);
  }
});

test('every problem is an error with the file, line, column, a message and a fix', () => {
  for (const rule of STYLE_RULES) {
    for (const problem of lint(`${rule}.bad`)) {
      expect(problem).toMatchObject({
        file: `tests/fixtures/checks/style/${rule}.bad.mdx`,
        line: expect.any(Number),
        column: expect.any(Number),
        message: expect.stringMatching(/\S/),
        fix: expect.stringMatching(/\S/),
        severity: 'error',
      });
    }
  }
});

test('text in code blocks, inline code and frontmatter is not checked', () => {
  const source = ['---', 'title: "Open 14:00 on 19/08/2025"', '---', '', '```', 'at 14:00 on 19/08/2025 ask the XYZ', '```', '', 'Type `14:00`.', ''].join('\n');
  expect(lintStyle(parseMdx(source), 'page.mdx')).toEqual([]);
});

test('problems point at the line in the whole file, frontmatter included, and the column of the words', () => {
  const source = ['---', 'title: A page', '---', '', '- First item', '  then at 14:00 on the second line', ''].join('\n');
  expect(lintStyle(parseMdx(source), 'page.mdx')).toMatchObject([{ line: 6, column: 11, found: '14:00' }]);
});
