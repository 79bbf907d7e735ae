import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { attributeOf, positionOf, type StyleProblem } from './shared';

/** https://www.w3.org/WAI/WCAG22/Understanding/non-text-content */
export function imageAltProblems(tree: Root, file: string): StyleProblem[] {
  const problems: StyleProblem[] = [];
  const report = (node: Nodes, found: string, fix: string) =>
    problems.push({
      rule: 'image-alt',
      ...positionOf(node, file),
      message: 'This image has no alt text, so people who cannot see it will not know what it shows.',
      found,
      expected: 'a short description of what the image shows',
      fix,
      severity: 'error',
    });
  visit(tree, (node) => {
    if ((node.type === 'image' || node.type === 'imageReference') && !node.alt?.trim()) {
      report(
        node,
        'an image with empty square brackets',
        'Describe the image in the square brackets, for example ![A physiotherapist helping a man stretch his shoulder](/images/stretch.jpg).',
      );
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img') {
      const alt = attributeOf(node, 'alt');
      // alt={…} cannot be read without running it; the MDX allow-list reports {…} in props.
      if (!alt || alt.value === null || alt.value === undefined || (typeof alt.value === 'string' && !alt.value.trim())) {
        report(
          node,
          alt ? '<img> with an empty alt' : '<img> without alt',
          'Describe the image in alt="…", for example alt="A physiotherapist helping a man stretch his shoulder".',
        );
      }
    }
  });
  return problems;
}
