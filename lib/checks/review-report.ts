import { formatIsoDate } from '../dates/nhs-style';
import { REVIEW_SOON_DAYS } from './review-dates';

/**
 * Everything with a review date that is overdue or falls due within
 * REVIEW_SOON_DAYS: pages, sessions, videos and local services. The build
 * prints it and the nightly job writes it to its summary, so owners see what
 * is coming before it is overdue, and an overdue review never stops a deploy.
 */
export type ReviewItem = {
  collection: 'page' | 'session' | 'video' | 'service';
  title: string;
  /** File relative to the project root. */
  file: string;
  /** Address on the site, if it has one. */
  address?: string;
  /** "YYYY-MM-DD": nextReview, or a service's nextCheck. */
  due: string;
  owner?: string;
};

export type ReviewRow = ReviewItem & { status: 'overdue' | 'due soon'; days: number };

const DAY_MS = 24 * 60 * 60 * 1000;
const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** @param today "YYYY-MM-DD" in Europe/London, always passed in. */
export function reviewReport(items: ReviewItem[], today: string, soonDays = REVIEW_SOON_DAYS): ReviewRow[] {
  return items
    .map((item) => ({ ...item, days: days(today, item.due) }))
    .filter((item) => item.days <= soonDays)
    .map((item): ReviewRow => ({ ...item, status: item.days < 0 ? 'overdue' : 'due soon' }))
    .sort((a, b) => a.due.localeCompare(b.due) || a.file.localeCompare(b.file));
}

function when(row: ReviewRow): string {
  if (row.days < 0) return `overdue since ${formatIsoDate(row.due)} (${-row.days} day${row.days === -1 ? '' : 's'} ago)`;
  if (row.days === 0) return `due today, ${formatIsoDate(row.due)}`;
  return `due ${formatIsoDate(row.due)} (in ${row.days} day${row.days === 1 ? '' : 's'})`;
}

/** For the terminal and the build log. */
export function reviewReportText(rows: ReviewRow[], today: string, soonDays = REVIEW_SOON_DAYS): string {
  const heading = `Reviews overdue or due within ${soonDays} days (as of ${formatIsoDate(today)})`;
  if (!rows.length) return `${heading}: none.`;
  return [
    `${heading}:`,
    ...rows.map((row) => `  ${row.status === 'overdue' ? 'OVERDUE ' : 'due soon'}  ${row.collection.padEnd(7)}  ${row.file}  ${when(row)}${row.owner ? `, owner: ${row.owner}` : ''}`),
  ].join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** For a GitHub job summary ($GITHUB_STEP_SUMMARY), which renders Markdown. */
export function reviewReportMarkdown(rows: ReviewRow[], today: string, soonDays = REVIEW_SOON_DAYS): string {
  const overdue = rows.filter((row) => row.status === 'overdue').length;
  const lines = [
    `## Reviews overdue or due within ${soonDays} days`,
    '',
    `As of ${formatIsoDate(today)}: ${overdue} overdue, ${rows.length - overdue} due soon. Overdue reviews never stop the site being published; the pages keep showing their review dates. How to review: docs/content-checks.md.`,
    '',
  ];
  if (!rows.length) return `${lines.join('\n')}Nothing is overdue or due soon.\n`;
  lines.push('| Status | What | Title | File | Due | Owner |', '|---|---|---|---|---|---|');
  for (const row of rows) {
    lines.push(
      `| ${row.status === 'overdue' ? '**Overdue**' : 'Due soon'} | ${row.collection} | ${cell(row.title)} | \`${cell(row.file)}\` | ${cell(when(row))} | ${cell(row.owner ?? '')} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
