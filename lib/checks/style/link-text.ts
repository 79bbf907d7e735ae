import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { attributeOf, positionOf, type StyleProblem } from './shared';

/** Link text that does not say where the link goes (compared in lower case, without end punctuation). */
export const VAGUE_LINK_TEXT: ReadonlySet<string> = new Set([
  'click here',
  'click',
  'here',
  'this page',
  'this link',
  'link',
  'read more',
  'more',
  'find out more',
  'more info',
  'more information',
]);

/**
 * Screen reader users often move from link to link, hearing only the link
 * text, so "click here" tells them nothing. Checks Markdown links, the text of
 * <ActionLink> and the heading of <Card> (the heading is the card's link).
 * https://service-manual.nhs.uk/content/links
 */
export function linkTextProblems(tree: Root, file: string): StyleProblem[] {
  const problems: StyleProblem[] = [];
  // `what` names the text in the message: "The link text", "The card heading".
  const check = (node: Nodes, text: string, what: string) => {
    const words = text.replace(/\s+/g, ' ').trim();
    const normal = words.toLowerCase().replace(/[\s.:!…>»→]+$/u, '');
    if (normal !== '' && !VAGUE_LINK_TEXT.has(normal)) return;
    problems.push({
      rule: 'link-text',
      ...positionOf(node, file),
      message:
        normal === ''
          ? `${what} is empty, so nobody can tell where the link goes.`
          : `${what} "${words}" does not say where the link goes. People using screen readers often hear the links on a page without the words around them.`,
      found: normal === '' ? 'no link text' : words,
      expected: 'words that say where the link goes',
      fix: 'Make the link say where it goes, for example "[find a rehabilitation class near you](/classes)" instead of "click [here](/classes)".',
      severity: 'error',
    });
  };
  visit(tree, (node) => {
    if (node.type === 'code' || node.type === 'yaml') return SKIP;
    if (node.type === 'link' || node.type === 'linkReference') {
      check(node, toString(node), 'The link text');
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'ActionLink') {
      check(node, toString(node), 'The action link text');
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Card') {
      const heading = attributeOf(node, 'heading');
      if (typeof heading?.value === 'string') check(node, heading.value, 'The card heading (which is the card’s link)');
    }
    return undefined;
  });
  return problems;
}
