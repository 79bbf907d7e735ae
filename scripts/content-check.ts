/**
 * npm run content:check — checks all of content/ in seconds, without a build:
 * frontmatter, schedule and video data, MDX allow-list, links and anchors,
 * published addresses, review dates, NHS style and reading age.
 * Errors stop it (exit 1); warnings are listed and let it pass.
 * What each message means: docs/content-checks.md.
 */
import { formatProblem } from '../lib/problems/content-error';
import { checkSite } from '../lib/checks/check-site';
import { londonToday } from '../lib/schedule';

const today = process.env.SITE_TODAY ?? londonToday(new Date());
const { problems, readingAges } = checkSite(today);
const errors = problems.filter((problem) => problem.severity !== 'warning');
const warnings = problems.filter((problem) => problem.severity === 'warning');

if (readingAges.length) {
  console.log('Reading age of each page (target for patients: 11 or under)\n');
  for (const { path, audience, result } of readingAges.sort((a, b) => b.result.age - a.result.age)) {
    const flag = audience !== 'professionals' && result.age > 11 ? '  ← above target' : '';
    console.log(`  ${String(result.age).padStart(5)}  ${path}  (${audience})${flag}`);
  }
  console.log('');
}
for (const warning of warnings) console.log(`Warning: ${formatProblem(warning)}\n`);
for (const error of errors) console.log(`Error: ${formatProblem(error)}\n`);

console.log(
  `content:check ${errors.length ? 'failed' : 'passed'}: ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'} (checked as of ${today}).`,
);
process.exit(errors.length ? 1 : 0);
