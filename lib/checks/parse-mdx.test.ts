import { expect, test } from 'vitest';
import { frontmatterOf, parseMdx, tryParseMdx } from './parse-mdx';
import { proseBlocks } from './prose';

const page = ['---', 'title: Exercise', 'audience: patients', '---', '', '## Moving more', '', '<Expander summary="Before you start">', 'Talk to your team.', '</Expander>', ''].join('\n');

test('positions are lines of the whole file, frontmatter included', () => {
  const tree = parseMdx(page);
  const heading = tree.children.find((node) => node.type === 'heading');
  expect(heading?.position?.start).toMatchObject({ line: 6, column: 1 });
});

test('the frontmatter is kept as YAML, with the number of lines before it', () => {
  expect(frontmatterOf(parseMdx(page))).toEqual({ text: 'title: Exercise\naudience: patients', lineOffset: 1 });
  expect(frontmatterOf(parseMdx('## No frontmatter\n'))).toBeUndefined();
});

test('components are parsed as JSX, with their props', () => {
  const tree = parseMdx(page);
  const expander = tree.children.find((node) => node.type === 'mdxJsxFlowElement');
  expect(expander).toMatchObject({ name: 'Expander', attributes: [{ name: 'summary', value: 'Before you start' }] });
});

test('invalid MDX throws from parseMdx and is a problem with a line from tryParseMdx', () => {
  const broken = '---\ntitle: Broken\n---\n\n<InsetText>\nNever closed.\n';
  expect(() => parseMdx(broken)).toThrow();
  const { tree, problems } = tryParseMdx(broken, 'content/broken/index.mdx');
  expect(tree).toBeUndefined();
  expect(problems).toMatchObject([{ file: 'content/broken/index.mdx', line: 5, column: 1, severity: 'error' }]);
  expect(problems[0]!.message).toMatch(/^This page is not valid MDX: /);
});

test('page text includes component text props and leaves out code, addresses and expressions', () => {
  const source = [
    '<WarningCallout heading="Call 999">',
    'Go to [A&E](https://example.org/a-and-e) now. Type `code` {/* note */}.',
    '</WarningCallout>',
    '',
    '<Card href="/x" heading="Exercise" />',
    '',
    '```',
    'not text',
    '```',
    '',
  ].join('\n');
  expect(proseBlocks(parseMdx(source)).map((block) => [block.kind, block.text])).toEqual([
    ['attribute', 'Call 999'],
    ['paragraph', 'Go to A&E now. Type    .'],
    ['attribute', 'Exercise'],
  ]);
});

test('page text knows where each character is in the file, across lines and inside list items', () => {
  const [block] = proseBlocks(parseMdx('- First line\n  second **line** here\n'));
  expect(block!.text).toBe('First line\nsecond line here');
  expect(block!.positionAt(block!.text.indexOf('second'))).toEqual({ line: 2, column: 3 });
  expect(block!.positionAt(block!.text.indexOf('here'))).toEqual({ line: 2, column: 19 });
});
