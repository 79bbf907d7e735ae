import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { lintStyle } from '../checks/style';
import { formatProblem, type Problem } from '../problems/content-error';
import { allowedComponents } from './allowed-components';
import { analyseMdx } from './analyse';

// MDX is code: each file in tests/fixtures/content/bad/ does one thing content
// must not do. Every problem must say where (file:line:column of the offending
// text, counting the frontmatter, as an editor's line numbers do), what is
// wrong and what to do, in words an editor can act on.

const fixtures = 'tests/fixtures/content';

function analyseFixture(name: string) {
  const file = `${fixtures}/${name}`;
  const source = readFileSync(file, 'utf8');
  return { file, source, ...analyseMdx(source, file) };
}

/** 1-based line and column of the first occurrence of `text` in `source`. */
function positionOf(source: string, text: string): { line: number; column: number } {
  const index = source.indexOf(text);
  if (index === -1) throw new Error(`"${text}" is not in the fixture`);
  const before = source.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Words a developer would understand but an editor would not. */
const jargon = /\b(undefined|null|NaN|mdast|mdxJsx\w*|mdxjsEsm|estree|acorn|AST|node|stack|TypeError|\[object Object\])\b/;

function expectPlainEnglish(problem: Problem) {
  expect(problem.message).not.toMatch(jargon);
  expect(problem.message).toMatch(/[.)}]$|: \S+$/);
  expect(problem.fix, `no fix in: ${formatProblem(problem)}`).toBeTruthy();
  expect(problem.fix).not.toMatch(jargon);
  // A fix is an instruction: it starts with a capital letter, and ends as a sentence.
  expect(problem.fix).toMatch(/^[A-Z]/);
  expect(problem.fix).toMatch(/[.)]$/);
}

type BadCase = {
  fixture: string;
  /** The text the problem must point at. */
  at: string;
  message: RegExp;
  fix: RegExp;
};

const badCases: BadCase[] = [
  { fixture: 'import.mdx', at: 'import {', message: /"import" and "export" are not allowed/, fix: /Remove the line/ },
  { fixture: 'export.mdx', at: 'export const', message: /"import" and "export" are not allowed/, fix: /Remove the line/ },
  {
    fixture: 'expression.mdx',
    at: '{process.env.SECRET}',
    message: /Curly brackets run code.*\{process\.env\.SECRET\}/,
    fix: /without \{ and \}/,
  },
  { fixture: 'script-tag.mdx', at: '<script>', message: /<script> could run code/, fix: /Markdown|docs\/components\.md/ },
  { fixture: 'iframe.mdx', at: '<iframe', message: /<iframe> could run code or load another site/, fix: /<Video id=/ },
  { fixture: 'style-tag.mdx', at: '<style>', message: /<style> could run code/, fix: /docs\/components\.md/ },
  {
    fixture: 'unknown-component.mdx',
    at: '<Callout',
    message: /<Callout> is not one of the components content may use/,
    fix: /docs\/components\.md/,
  },
  { fixture: 'event-handler.mdx', at: '<InsetText onClick', message: /"onClick" on <InsetText> is not allowed/, fix: /Remove onClick/ },
  { fixture: 'style-prop.mdx', at: '<InsetText style', message: /"style" on <InsetText> is not allowed/, fix: /Remove style/ },
  {
    fixture: 'javascript-link.mdx',
    at: '[call your team](javascript:',
    message: /Links starting with "javascript:" are not allowed/,
    fix: /https:\/\//,
  },
  { fixture: 'data-link.mdx', at: '[the leaflet](data:', message: /Links starting with "data:" are not allowed/, fix: /https:\/\// },
  {
    fixture: 'bad-card-care-type.mdx',
    at: '<CareCard type="red"',
    message: /<CareCard> type="red" is not one of the choices/,
    fix: /non-urgent, urgent, emergency/,
  },
  {
    fixture: 'missing-required-prop.mdx',
    at: '<WarningCallout>',
    message: /<WarningCallout> needs a "heading" prop/,
    fix: /Add heading="…"/,
  },
  { fixture: 'expression-prop.mdx', at: '<Card href={x}', message: /"href" on <Card> must be text in quotes/, fix: /href="…"/ },
  {
    fixture: 'broken-mdx.mdx',
    at: '<InsetText>',
    message: /^This page is not valid MDX: .*closing tag for `<InsetText>`/,
    fix: /every component tag is closed/,
  },
];

test.each(badCases)('bad/$fixture is reported at the offending text, in plain English', ({ fixture, at, message, fix }) => {
  const { file, source, problems } = analyseFixture(`bad/${fixture}`);
  const problem = problems.find((candidate) => message.test(candidate.message));
  expect(problem, `no problem matching ${message} in:\n${problems.map(formatProblem).join('\n')}`).toBeDefined();
  expect(problem).toMatchObject({ file, ...positionOf(source, at) });
  expect(problem!.fix).toMatch(fix);
  expectPlainEnglish(problem!);
});

test('the formatted problem starts with file:line:column, so an editor can jump to it', () => {
  const { file, source, problems } = analyseFixture('bad/javascript-link.mdx');
  const { line, column } = positionOf(source, '[call your team]');
  expect(formatProblem(problems[0]!)).toMatch(new RegExp(`^${file}:${line}:${column}: `));
});

test('a tag not in the registry lists the components that may be used', () => {
  const { problems } = analyseFixture('bad/unknown-component.mdx');
  expect(problems[0]!.found).toBe('<Callout>');
  for (const name of Object.keys(allowedComponents)) expect(problems[0]!.expected).toContain(name);
});

test('a wrong CareCard type says what was found and what the choices are', () => {
  const { problems } = analyseFixture('bad/bad-card-care-type.mdx');
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ found: 'red', expected: 'non-urgent, urgent, emergency' });
});

test('every bad fixture has at least one problem, and the good page has none', () => {
  for (const { fixture } of badCases) expect(analyseFixture(`bad/${fixture}`).problems.length, fixture).toBeGreaterThan(0);
  expect(analyseFixture('good/all-components.mdx').problems.map(formatProblem)).toEqual([]);
});

test('the good page uses every component content may use', () => {
  const { source } = analyseFixture('good/all-components.mdx');
  for (const name of Object.keys(allowedComponents)) expect(source).toContain(`<${name}`);
});

test('a note in {/* … */} is allowed, but any other curly brackets are not', () => {
  expect(analyseMdx('{/* a note */}\n\nText {/* another */} here.\n', 'note.mdx').problems).toEqual([]);
  const [problem] = analyseMdx('Text {/* note */} and {1 + 1}.\n', 'sum.mdx').problems;
  expect(problem).toMatchObject({ line: 1, column: 23 });
});

test('an unsafe link is caught however it is written: encoded, as a reference, as an image or a component prop', () => {
  const sources = [
    '[Call us](&#x6A;avascript:alert(1))',
    '[Call us][team]\n\n[team]: javascript:alert(1)',
    '![A chart](data:image/svg+xml;base64,PHN2Zz4=)',
    '<ActionLink href="JavaScript:alert(1)">Call us</ActionLink>',
    '<CardGroup>\n<Card href="vbscript:msgbox(1)" heading="Call us" />\n</CardGroup>',
  ];
  for (const source of sources) {
    expect(analyseMdx(source, 'link.mdx').problems.some((problem) => /are not allowed/.test(problem.message)), source).toBe(true);
  }
});

test('lower-case HTML tags are not allowed, even harmless-looking ones', () => {
  const [problem] = analyseMdx('<a href="/find-support">Find support</a>', 'a.mdx').problems;
  expect(problem!.message).toContain('<a> is not one of the components');
});

test('an unknown prop is named, with the props the component does have', () => {
  const [problem] = analyseMdx('<Expander sumary="More">\n\nText\n\n</Expander>', 'typo.mdx').problems.filter((p) =>
    p.message.includes('no prop'),
  );
  expect(problem).toMatchObject({ found: 'sumary', expected: 'summary' });
});

test('ContactDetails and Video take no text inside them', () => {
  const [problem] = analyseMdx('<ContactDetails>\n\nCall us\n\n</ContactDetails>', 'contact.mdx').problems;
  expect(problem!.message).toBe('<ContactDetails> takes no text inside it.');
});

// Headings: clinicians link to sections by id, so ids must be predictable.

test('a heading id is its words in lower case with hyphens, and the same words always give the same id', () => {
  const source = '## What happens at an HNA?\n\nText.\n';
  const first = analyseMdx(source, 'a.mdx').headings;
  const again = analyseMdx(`Intro.\n\n${source}`, 'b.mdx').headings;
  expect(first).toEqual([{ depth: 2, text: 'What happens at an HNA?', id: 'what-happens-at-an-hna', line: 1 }]);
  expect(again[0]!.id).toBe(first[0]!.id);
});

test('headings with the same words get -1, -2 after the first', () => {
  const { headings, anchors } = analyseMdx('## Exercise\n\n### Before\n\n## Exercise\n\n### Before\n', 'dup.mdx');
  expect(headings.map((heading) => heading.id)).toEqual(['exercise', 'before', 'exercise-1', 'before-1']);
  expect(anchors).toEqual(expect.arrayContaining(['exercise', 'exercise-1', 'before', 'before-1']));
});

test('heading lines count the frontmatter, as the editor sees them', () => {
  const { headings, source } = analyseFixture('good/all-components.mdx');
  expect(headings[0]).toMatchObject({ text: 'Before your appointment', line: positionOf(source, '## Before your appointment').line });
});

// Links and anchors feed the site-wide link checks.

test('links are collected from Markdown and from the href of Card and ActionLink, with their place', () => {
  const { links, source } = analyseFixture('good/all-components.mdx');
  const urls = links.map((link) => link.url);
  expect(urls).toEqual([
    '/prehabilitation',
    'https://www.nhs.uk/conditions/cancer/',
    '/find-support',
    '/personalised-care',
    '/cancer-rehabilitation',
    '#before-your-appointment',
  ]);
  expect(links.find((link) => link.url === '/find-support')).toMatchObject(positionOf(source, '<ActionLink'));
  expect(links[0]).toMatchObject(positionOf(source, '[getting ready for treatment]'));
});

test('GlossaryTerm ids are anchors other pages can link to, and each term is listed', () => {
  const { anchors, terms } = analyseFixture('good/all-components.mdx');
  expect(anchors).toContain('hna');
  expect(terms).toEqual([
    { id: 'hna', term: 'Holistic needs assessment (HNA)', text: expect.stringContaining('A set of questions about all parts of your life.') },
  ]);
});

test('the page text includes the heading, summary and term props of components, but not notes', () => {
  const { text } = analyseFixture('good/all-components.mdx');
  expect(text).toContain('Call your team if you feel unwell');
  expect(text).toContain('Call 999 if you have chest pain');
  expect(text).toContain('What a care plan covers');
  expect(text).toContain('Holistic needs assessment (HNA)');
  expect(text).toContain('You can bring someone with you to your appointment.');
  expect(text).not.toContain('A note to other editors');
  expect(text).not.toContain('https://');
});

test('sections are the text under each ## heading, and the introduction is the text before the first', () => {
  const { intro, sections } = analyseFixture('good/all-components.mdx');
  expect(intro).toContain('Moving more during and after treatment');
  expect(intro).not.toContain('You can bring someone');
  expect(sections.map((section) => section.id)).toEqual(['before-your-appointment', 'what-to-do', 'contact-us', 'words-we-use']);
  // A ### heading belongs to the ## section it is in.
  expect(sections[0]!.text).toContain('Where to get help');
  expect(sections[0]!.text).toContain('Call 999 if you have chest pain');
});

// The editors' guide is copied from, so its examples must pass the same checks as a page.

function fencedBlocks(markdown: string, language: string): Array<{ code: string; line: number }> {
  const blocks: Array<{ code: string; line: number }> = [];
  const fence = new RegExp('^```' + language + '\\n([\\s\\S]*?)^```', 'gm');
  for (const match of markdown.matchAll(fence)) {
    blocks.push({ code: match[1]!, line: markdown.slice(0, match.index).split('\n').length });
  }
  return blocks;
}

test('every MDX example in docs/components.md passes the allow-list and the NHS style checks', () => {
  const docs = readFileSync('docs/components.md', 'utf8');
  const examples = fencedBlocks(docs, 'mdx');
  expect(examples.length).toBeGreaterThan(10);
  for (const { code, line } of examples) {
    const file = `docs/components.md (example at line ${line})`;
    const analysis = analyseMdx(code, file);
    expect(analysis.problems.map(formatProblem)).toEqual([]);
    expect(lintStyle(analysis.tree, file).map(formatProblem)).toEqual([]);
  }
});

test('docs/components.md has a section for every component content may use', () => {
  const docs = readFileSync('docs/components.md', 'utf8');
  for (const name of Object.keys(allowedComponents)) {
    expect(docs, name).toMatch(new RegExp(`^## (.* )?${name}( .*)?$`, 'm'));
    expect(docs, name).toContain(`<${name}`);
  }
});

test('collects the ids of the videos a page shows, from the parsed MDX', () => {
  const source = '---\ntitle: T\n---\n\n{/* <Video id="not-this-one" /> */}\n\n<Video id="awareness" />\n';
  expect(analyseMdx(source, 'page.mdx').videoIds).toEqual(['awareness']);
});
