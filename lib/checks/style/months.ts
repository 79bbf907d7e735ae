import { MONTH_NAMES } from '../../dates/nhs-style';
import type { ProseBlock } from '../prose';
import { matchesIn, at, type StyleProblem } from './shared';

const SHORT_MONTH_NAMES: Readonly<Record<string, (typeof MONTH_NAMES)[number]>> = {
  jan: 'January',
  feb: 'February',
  mar: 'March',
  apr: 'April',
  jun: 'June',
  jul: 'July',
  aug: 'August',
  sep: 'September',
  sept: 'September',
  oct: 'October',
  nov: 'November',
  dec: 'December',
};

const SHORT_MONTH = /(?<![\p{L}\p{N}])(jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(\.?)(?![\p{L}\p{N}])/giu;
const SHORT_MONTH_ALONE = /^(jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)$/i;

/**
 * "Mar", "Jan" and "Dec" are also words and names, so a short month name is
 * only reported when it is used as a month: next to a number ("19 Aug",
 * "Aug 2025") or in a range of months ("Jan to Mar").
 */
export function monthProblems(block: ProseBlock, file: string): StyleProblem[] {
  const problems: StyleProblem[] = [];
  for (const match of matchesIn(block, SHORT_MONTH)) {
    const [name = '', dot = ''] = match.groups;
    const before = block.text.slice(0, match.index);
    const after = block.text.slice(match.index + name.length + dot.length);
    const previousWord = /([\p{L}]+)\.?\s*(?:to|and|-|–|—)\s*$/u.exec(before)?.[1] ?? '';
    const nextWord = /^\s*(?:to|and|-|–|—)\s*([\p{L}]+)/u.exec(after)?.[1] ?? '';
    const usedAsMonth =
      /\p{N}(?:st|nd|rd|th)?[\s/-]*$/u.test(before) ||
      /^[\s/-]*\p{N}/u.test(after) ||
      SHORT_MONTH_ALONE.test(previousWord) ||
      SHORT_MONTH_ALONE.test(nextWord);
    if (!usedAsMonth) continue;
    const full = SHORT_MONTH_NAMES[name.toLowerCase()]!;
    problems.push({
      rule: 'months',
      ...at(block, match.index, file),
      message: `"${name}" is a shortened month. Screen readers read shortened months out in different and confusing ways.`,
      found: name,
      expected: full,
      fix: `Write the month in full: "${full}".`,
      severity: 'error',
    });
  }
  return problems;
}
