import { z } from 'zod';
import { yamlDateText } from '../problems/yaml-source';

/** "YYYY-MM-DD" that exists on the calendar (no 30 February). */
export function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Field types shared by every content collection. Each message is written for
 * an editor: what is wrong, then "\nFix: " and what to do (see zodProblems).
 */

/** A calendar date written "YYYY-MM-DD", in quotes, that exists. */
export const isoDate = z.unknown().transform((value, ctx) => {
  if (value instanceof Date) {
    const written = yamlDateText(value);
    ctx.addIssue({
      code: 'custom',
      message: isRealDate(written)
        ? `Dates must be in quotes, or YAML turns them into something else.\nFix: write it as "${written}", with the quotes.`
        : `There is no such date as ${written}, and dates must be in quotes.\nFix: check the day and the month, then write the date in quotes, like "2026-08-19".`,
    });
    return z.NEVER;
  }
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    ctx.addIssue({
      code: 'custom',
      message: 'Expected a date written as "YYYY-MM-DD".\nFix: write the date like "2026-08-19", with the quotes.',
    });
    return z.NEVER;
  }
  if (!isRealDate(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `There is no such date as ${value}.\nFix: check the day and the month (for example, February has 28 or 29 days).`,
    });
    return z.NEVER;
  }
  return value;
});

export const nonEmptyText = (what: string) =>
  z
    .string({ error: `Expected ${what} as text.\nFix: add ${what}, in quotes if it contains a colon.` })
    .trim()
    .min(1, { error: `${what[0]!.toUpperCase()}${what.slice(1)} must not be empty.\nFix: write ${what}.` });

/** A path on this site: starts with "/", no trailing slash except the home page. */
export const sitePath = z
  .string()
  .regex(/^\/([a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*)?$/, {
    error:
      'Expected a path on this site such as "/cancer-rehabilitation".\nFix: start with "/", use lower-case words joined by hyphens, and leave off any slash at the end.',
  });

/** The same day `years` later; 29 February becomes 28 February in a year that has none. */
export function addYears(isoDate: string, years: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year + years, month, 0)).getUTCDate();
  return `${year + years}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

