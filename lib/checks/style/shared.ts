import type { Nodes } from 'mdast';
import type { Problem } from '../../problems/content-error';
import type { ProseBlock } from '../prose';
import type { StyleRule } from './index';

/** What the style rules share: where a match is, and how to read MDX elements. */

/** A Problem that also says which rule found it (for tests and for grouping). */
export type StyleProblem = Problem & { rule: StyleRule };

export type Match = { index: number; text: string; groups: string[] };

export function matchesIn(block: ProseBlock, pattern: RegExp): Match[] {
  const urls = [...block.text.matchAll(/(?:https?:\/\/|www\.)[^\s)]+|[^\s@()]+@[^\s@()]+\.[a-z]{2,}/gi)].map(
    (match) => [match.index, match.index + match[0].length] as const,
  );
  // Web and email addresses written out in the text are not dates or times.
  const inUrl = (index: number) => urls.some(([start, end]) => index >= start && index < end);
  return [...block.text.matchAll(pattern)]
    .filter((match) => !inUrl(match.index))
    .map((match) => ({ index: match.index, text: match[0], groups: match.slice(1).map((group) => group ?? '') }));
}

export function at(block: ProseBlock, index: number, file: string) {
  return { file, ...block.positionAt(index) };
}

export type JsxElement = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
export type JsxAttribute = Extract<JsxElement['attributes'][number], { type: 'mdxJsxAttribute' }>;

export function attributeOf(node: JsxElement, name: string): JsxAttribute | undefined {
  return node.attributes.find(
    (attribute): attribute is JsxAttribute => attribute.type === 'mdxJsxAttribute' && attribute.name === name,
  );
}

export function positionOf(node: Nodes, file: string) {
  return { file, line: node.position?.start.line, column: node.position?.start.column };
}
