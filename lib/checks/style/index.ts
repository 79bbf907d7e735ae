import type { Root } from 'mdast';
import { abbreviationProblems } from './abbreviations';
import { dateProblems } from './dates';
import { headingProblems } from './heading-levels';
import { imageAltProblems } from './image-alt';
import { linkTextProblems } from './link-text';
import { monthProblems } from './months';
import { proseBlocks } from '../prose';
import type { StyleProblem } from './shared';
import { timeProblems } from './times';

export type { StyleProblem } from './shared';
export { KNOWN_ABBREVIATIONS } from './abbreviations';
export { VAGUE_LINK_TEXT } from './link-text';

/**
 * NHS content style, checked on every page. The rules follow the NHS content
 * style guide: https://service-manual.nhs.uk/content/numbers-measurements-dates-time
 * (dates, months, times), https://service-manual.nhs.uk/content/links (link
 * text), https://service-manual.nhs.uk/content/formatting-and-punctuation
 * (abbreviations), and WCAG 1.1.1 and 1.3.1 (alt text, heading levels).
 * Every problem is an error: a page that breaks a rule stops the build.
 */
export type StyleRule = 'dates' | 'months' | 'times' | 'link-text' | 'abbreviations' | 'image-alt' | 'heading-levels';

export const STYLE_RULES: readonly StyleRule[] = [
  'dates',
  'months',
  'times',
  'link-text',
  'abbreviations',
  'image-alt',
  'heading-levels',
];

/** Runs every rule (one file each in this folder) over a page. */
export function lintStyle(tree: Root, file: string): StyleProblem[] {
  const blocks = proseBlocks(tree);
  const problems = [
    ...blocks.flatMap((block) => [...dateProblems(block, file), ...monthProblems(block, file), ...timeProblems(block, file)]),
    ...linkTextProblems(tree, file),
    ...abbreviationProblems(blocks, file),
    ...imageAltProblems(tree, file),
    ...headingProblems(tree, file),
  ];
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
