/**
 * npm run content:check — checks all of content/ in seconds, without a build:
 * stray files, frontmatter, schedule and video data, MDX allow-list, links
 * and anchors, published addresses, review dates, clinical sign-off, NHS
 * style and reading age.
 * Blocking problems stop it (exit 1). Editorial ones (reviews, sign-off,
 * style, reading age) are listed and let it pass, unless --changed-since or
 * --changed-files says this change touches their file. Options:
 * lib/checks/cli-options.ts. What each message means: docs/content-checks.md.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, readFileSync, watch } from 'node:fs';
import path from 'node:path';
import { formatProblem, type Problem } from '../lib/problems/content-error';
import { checkSite } from '../lib/checks/check-site';
import { changedFilesSince } from '../lib/checks/changed-files';
import { parseCheckOptions, type CheckOptions } from '../lib/checks/cli-options';
import { annotation, inGitHubActions } from '../lib/checks/github-annotations';
import { classify, isEditorial } from '../lib/checks/problem-kinds';
import { reviewReport, reviewReportMarkdown, reviewReportText } from '../lib/checks/review-report';
import { diffProblems } from '../lib/checks/watch-diff';
import { contentDir } from '../lib/content';
import { londonToday } from '../lib/schedule';

const options = parseCheckOptions(process.argv.slice(2));
const today = process.env.SITE_TODAY ?? londonToday(new Date());
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function changedFiles(options: CheckOptions): Set<string> | null {
  if (options.changedFiles) {
    return new Set(readFileSync(options.changedFiles, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean));
  }
  if (options.changedSince) return changedFilesSince(options.changedSince);
  return null;
}

function label(problem: Problem, failing: boolean): string {
  if (failing) return isEditorial(problem) ? 'Error (editorial, in a file this change touches)' : 'Error';
  return isEditorial(problem) ? 'Editorial' : 'Warning';
}

function runOnce(): number {
  const { problems, readingAges, reviewItems } = checkSite(today);
  if (options.json) {
    console.log(JSON.stringify(problems));
    return 0;
  }
  const changed = changedFiles(options);
  const { failing, listed } = classify(problems, changed);

  if (readingAges.length) {
    console.log('Reading age of each page (target for patients: 11 or under)\n');
    for (const { path: address, audience, result } of readingAges.sort((a, b) => b.result.age - a.result.age)) {
      const flag = audience !== 'professionals' && result.age > 11 ? '  ← above target' : '';
      console.log(`  ${String(result.age).padStart(5)}  ${address}  (${audience})${flag}`);
    }
    console.log('');
  }
  const rows = reviewReport(reviewItems, today);
  console.log(`${reviewReportText(rows, today)}\n`);
  if (options.report) appendFileSync(options.report, reviewReportMarkdown(rows, today));

  for (const problem of listed) console.log(`${label(problem, false)}: ${formatProblem(problem)}\n`);
  for (const problem of failing) console.log(`${label(problem, true)}: ${formatProblem(problem)}\n`);
  if (inGitHubActions()) {
    // One annotation per problem, on its file and line, for the commit and the pull request.
    for (const problem of listed) console.log(annotation(problem, isEditorial(problem) ? 'warning' : 'notice'));
    for (const problem of failing) console.log(annotation(problem, 'error'));
  }

  const editorialCount = listed.filter(isEditorial).length;
  const warnings = listed.length - editorialCount;
  const scope = changed ? ` (editorial problems fail only in the ${plural(changed.size, 'changed file')})` : '';
  console.log(
    `content:check ${failing.length ? 'failed' : 'passed'}: ${plural(failing.length, 'error')}, ${plural(editorialCount, 'editorial problem')} listed, ${plural(warnings, 'warning')}${scope} (checked as of ${today}).`,
  );
  return failing.length ? 1 : 0;
}

/** One check in a fresh process: the gateway reads content/ once per process. */
function checkInChild(): Promise<Problem[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!, '--json'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', () => {
      try {
        resolve(JSON.parse(output.trim().split('\n').pop() ?? '[]') as Problem[]);
      } catch {
        reject(new Error(`The check did not finish:\n${output}`));
      }
    });
  });
}

async function runWatch() {
  const dir = contentDir();
  let previous: Problem[] | undefined;
  let running = false;
  let again = false;
  const time = () => new Date().toLocaleTimeString('en-GB', { timeZone: 'Europe/London' });

  async function check() {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const problems = await checkInChild();
      if (!previous) {
        for (const problem of problems) console.log(`${isEditorial(problem) ? 'Editorial' : problem.severity === 'warning' ? 'Warning' : 'Error'}: ${formatProblem(problem)}\n`);
        console.log(`[${time()}] ${plural(problems.length, 'problem')}. Watching ${path.relative(process.cwd(), dir) || '.'}/ for changes (Ctrl+C to stop).`);
      } else {
        const { added, fixed } = diffProblems(previous, problems);
        for (const problem of fixed) console.log(`Fixed: ${formatProblem(problem).split('\n')[0]}\n`);
        for (const problem of added) console.log(`New: ${formatProblem(problem)}\n`);
        const change = added.length || fixed.length ? `${plural(fixed.length, 'problem')} fixed, ${added.length} new` : 'no change';
        console.log(`[${time()}] ${change}; ${plural(problems.length, 'problem')} in all.`);
      }
      previous = problems;
    } catch (error) {
      console.log(`[${time()}] ${(error as Error).message}`);
    } finally {
      running = false;
      if (again) {
        again = false;
        void check();
      }
    }
  }

  await check();
  let timer: NodeJS.Timeout | undefined;
  // Editors save several files at once (and editors write temporary files): wait for quiet.
  watch(dir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => void check(), 300);
  });
}

if (options.watch) {
  await runWatch();
} else {
  process.exit(runOnce());
}
