import { expect, test } from 'vitest';
import { reviewReport, reviewReportMarkdown, reviewReportText, type ReviewItem } from './review-report';

const items: ReviewItem[] = [
  { collection: 'page', title: 'Exercise', file: 'content/exercise/index.mdx', address: '/exercise', due: '2026-02-20', owner: 'Physio team' },
  { collection: 'session', title: 'Managing fatigue', file: 'content/whats-on/sessions/fatigue.yaml', due: '2026-04-30' },
  { collection: 'video', title: 'Awareness video', file: 'content/videos/awareness/video.yaml', due: '2026-03-01' },
  { collection: 'service', title: 'Support line', file: 'content/local-support/services/line.yaml', due: '2026-05-01' },
  { collection: 'page', title: 'Far off', file: 'content/far/index.mdx', due: '2027-01-01' },
];

test('lists everything overdue or due within 60 days, soonest first, across every collection', () => {
  const rows = reviewReport(items, '2026-03-01');
  expect(rows.map((row) => [row.collection, row.status, row.days])).toEqual([
    ['page', 'overdue', -9],
    ['video', 'due soon', 0],
    ['session', 'due soon', 60],
  ]);
});

test('a service 61 days away is not listed yet', () => {
  expect(reviewReport(items, '2026-03-01').some((row) => row.collection === 'service')).toBe(false);
});

test('the text report says how long ago an overdue review was due, and who owns it', () => {
  const text = reviewReportText(reviewReport(items, '2026-03-01'), '2026-03-01');
  expect(text).toContain('OVERDUE   page     content/exercise/index.mdx  overdue since 20 February 2026 (9 days ago), owner: Physio team');
  expect(text).toContain('due today, 1 March 2026');
});

test('the job summary is a Markdown table', () => {
  const markdown = reviewReportMarkdown(reviewReport(items, '2026-03-01'), '2026-03-01');
  expect(markdown).toContain('## Reviews overdue or due within 60 days');
  expect(markdown).toContain('1 overdue, 2 due soon');
  expect(markdown).toContain('| **Overdue** | page | Exercise | `content/exercise/index.mdx` |');
});

test('with nothing due, the reports say so', () => {
  expect(reviewReportText([], '2026-03-01')).toContain(': none.');
  expect(reviewReportMarkdown([], '2026-03-01')).toContain('Nothing is overdue or due soon.');
});
