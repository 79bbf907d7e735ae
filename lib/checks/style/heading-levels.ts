import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { positionOf, type StyleProblem } from './shared';

/**
 * The page title (from the frontmatter) is the only h1, so the body starts at
 * `##` and goes down one level at a time. Screen reader users move around a
 * page by its headings; a skipped level looks like missing content.
 * https://www.w3.org/WAI/tutorials/page-structure/headings/
 */
export function headingProblems(tree: Root, file: string): StyleProblem[] {
  const problems: StyleProblem[] = [];
  let previous = 1;
  visit(tree, 'heading', (node) => {
    const hashes = (depth: number) => '#'.repeat(depth);
    const text = toString(node).trim();
    if (node.depth === 1) {
      problems.push({
        rule: 'heading-levels',
        ...positionOf(node, file),
        message: `"# ${text}" is a main heading, but the page title is already the main heading.`,
        found: `# ${text}`,
        expected: `## ${text}`,
        fix: 'Start headings in the page at ## (two hashes). To change the page title, edit "title" in the frontmatter.',
        severity: 'error',
      });
    } else if (node.depth > previous + 1) {
      const level = previous + 1;
      problems.push({
        rule: 'heading-levels',
        ...positionOf(node, file),
        message: `This heading skips a level: it is ${hashes(node.depth)} but the heading before it is ${hashes(previous)}${previous === 1 ? ' (the page title)' : ''}.`,
        found: `${hashes(node.depth)} ${text}`,
        expected: `${hashes(level)} ${text}`,
        fix: `Change it to ${hashes(level)}, or add the missing ${hashes(level)} heading above it.`,
        severity: 'error',
      });
    }
    previous = node.depth;
  });
  return problems;
}
