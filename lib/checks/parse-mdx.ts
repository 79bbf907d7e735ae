import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Problem } from '../problems/content-error';

/**
 * One parser for every check, so that they all see the page the same way.
 * Only the syntax extensions are used (no transforms), so `parse` is enough.
 * The frontmatter stays in the tree as a `yaml` node: positions are therefore
 * lines and columns of the whole file, which is what an editor sees.
 */
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx);

/** The mdast of an MDX page. Throws (a VFileMessage with `line` and `column`) when the MDX is not valid. */
export function parseMdx(source: string): Root {
  return processor.parse(source);
}

/**
 * Like `parseMdx`, but a syntax error comes back as a problem an editor can
 * act on instead of an exception, so one broken page does not hide the others.
 */
export function tryParseMdx(source: string, file: string): { tree: Root; problems: [] } | { tree: undefined; problems: [Problem] } {
  try {
    return { tree: parseMdx(source), problems: [] };
  } catch (error) {
    const place = error as { line?: unknown; column?: unknown; reason?: unknown; message?: unknown };
    const reason = typeof place.reason === 'string' ? place.reason : String(place.message ?? error);
    // Some errors (an unclosed tag) give their place only in the text: "… (5:1-5:12)".
    const written = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
    return {
      tree: undefined,
      problems: [
        {
          file,
          line: typeof place.line === 'number' ? place.line : written ? Number(written[1]) : undefined,
          column: typeof place.column === 'number' ? place.column : written ? Number(written[2]) : undefined,
          message: `This page is not valid MDX: ${reason}`,
          fix: 'Check that every component tag is closed (<InsetText> … </InsetText>), that attribute values are in double quotes, and that a "<" or "{" in ordinary text is written as &lt; or &#123;.',
          severity: 'error',
        },
      ],
    };
  }
}

/**
 * The YAML between the `---` lines and how many lines come before it, ready
 * for `readYaml(text, file, lineOffset)` so frontmatter problems point at the
 * right line of the file.
 */
export function frontmatterOf(tree: Root): { text: string; lineOffset: number } | undefined {
  const node = tree.children[0];
  if (node?.type !== 'yaml') return undefined;
  return { text: node.value, lineOffset: node.position?.start.line ?? 1 };
}
