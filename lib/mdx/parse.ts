import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx);

/**
 * Parses a whole MDX file, frontmatter included, so every node's position is
 * a line of the file the editor has open. Throws the parser's own error
 * (with line and column) when the MDX cannot be parsed at all.
 */
export function parseMdx(source: string): Root {
  return parser.parse(source);
}
