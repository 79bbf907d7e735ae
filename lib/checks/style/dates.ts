import { MONTH_NAMES } from '../../dates/nhs-style';
import type { ProseBlock } from '../prose';
import { matchesIn, at, type StyleProblem } from './shared';

// 19/08/2025, 19-08-25, 19.08.2025 (dots only with a 4-digit year, so 1.2.10 is left alone)
const DAY_MONTH_YEAR = /(?<![\p{N}/.-])(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?![\p{N}/]|[-.]\p{N})|(?<![\p{N}/.-])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\p{N}/]|[-.]\p{N})/gu;
// 2025/08/19, 2025-08-19
const YEAR_MONTH_DAY = /(?<![\p{N}/.-])(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?![\p{N}/]|[-.]\p{N})/gu;

export function dateProblems(block: ProseBlock, file: string): StyleProblem[] {
  const found: Array<{ index: number; text: string; day: number; month: number; year: number }> = [];
  for (const match of matchesIn(block, DAY_MONTH_YEAR)) {
    const [d1, , m1, y1, d2, m2, y2] = match.groups;
    const day = Number(d1 || d2);
    const month = Number(m1 || m2);
    const yearText = y1 || y2 || '';
    const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    found.push({ index: match.index, text: match.text, day, month, year });
  }
  for (const match of matchesIn(block, YEAR_MONTH_DAY)) {
    const [year, , month, day] = match.groups.map(Number) as [number, number, number, number];
    found.push({ index: match.index, text: match.text, day, month, year });
  }
  return found
    .filter(({ day, month }) => day >= 1 && day <= 31 && ((month >= 1 && month <= 12) || (day <= 12 && month <= 31)))
    .map(({ index, text, day, month, year }) => {
      const inFull = month >= 1 && month <= 12 ? `${day} ${MONTH_NAMES[month - 1]} ${year}` : undefined;
      return {
        rule: 'dates',
        ...at(block, index, file),
        message: `The date "${text}" is written in numbers. People read dates in numbers in different ways, and screen readers read them out as numbers.`,
        found: text,
        expected: inFull ?? 'the day, the month in full and the year, like "19 August 2025"',
        fix: inFull ? `Write "${inFull}".` : 'Write the day, the month in full and the year, like "19 August 2025".',
        severity: 'error',
      } satisfies StyleProblem;
    });
}
