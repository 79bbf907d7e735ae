/**
 * npm run bench:build -- --pages N [--keep] [--runs cold,warm,changed,new-day]
 *
 * How the build grows with the number of pages. Copies the project to a
 * temporary folder (the repository is never touched), adds N pages made from
 * the real ones (each with its own title and a sentence of its own, so
 * every check still runs and passes, and each compiles as a real page
 * would), then times four builds there:
 *   cold     nothing cached (.next, .cache, out and build removed)
 *   warm     again, nothing changed
 *   changed  after one sentence is added to one page
 *   new-day  every cache kept but the finished pages, so Next renders
 *            every page again, as the first build of a day does (the day
 *            is part of their key: lib/build/finished-pages.ts)
 * For each, the time of each step of the build (checks, compile, pages, post-build),
 * the cost per page and the peak memory of all the build's processes together.
 *
 * The machine may be shared: run it when it is quiet, and read the figures
 * as a range, not a number (docs/performance.md).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { frontmatterPattern } from '../lib/content/frontmatter';
import { describeSteps, type StepTiming } from '../lib/build/step-timings';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '200' },
    keep: { type: 'boolean', default: false },
    runs: { type: 'string', default: 'cold,warm,changed,new-day' },
    json: { type: 'string' },
  },
});
const extraPages = Number(values.pages);
if (!Number.isInteger(extraPages) || extraPages < 0) {
  console.error(`--pages must be a whole number of pages to add, such as 200; found "${values.pages}".`);
  process.exit(2);
}
const runs = values.runs.split(',').filter(Boolean);
const knownRuns = ['cold', 'warm', 'changed', 'new-day'];
const unknownRuns = runs.filter((run) => !knownRuns.includes(run));
if (unknownRuns.length) {
  console.error(`--runs may list ${knownRuns.join(', ')}; found ${unknownRuns.map((run) => `"${run}"`).join(', ')}.`);
  process.exit(2);
}

const projectRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
// Files a build writes; a cold build starts without them.
const buildOutputs = ['.next', '.cache', 'out', 'build'];
const notCopied = new Set(['.git', 'node_modules', 'test-results', 'playwright-report', ...buildOutputs]);

function copyProject(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-build-'));
  for (const name of readdirSync(projectRoot)) {
    if (notCopied.has(name)) continue;
    cpSync(path.join(projectRoot, name), path.join(dir, name), { recursive: true });
  }
  // Hard links: a copy of node_modules in a second, not 500 MB of writes.
  // Not a symlink: Turbopack refuses a node_modules that points outside the project.
  const link = spawnSync('cp', ['-al', path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules')], { stdio: 'inherit' });
  if (link.status !== 0) cpSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), { recursive: true });
  return dir;
}

/** The real pages that make realistic copies: ordinary articles, not the home page, the glossary or What's on. */
function templatePages(contentDir: string): Array<{ frontmatter: string; body: string; title: string }> {
  const found: Array<{ frontmatter: string; body: string; title: string }> = [];
  const walk = (dir: string, depth: number) => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      if (name.isDirectory()) walk(path.join(dir, name.name), depth + 1);
      else if (name.name === 'index.mdx' && depth > 0) {
        const relative = path.relative(contentDir, dir);
        if (/^(glossary|whats-on)$/.test(relative)) continue;
        const source = readFileSync(path.join(dir, name.name), 'utf8');
        const match = frontmatterPattern.exec(source);
        if (!match) continue;
        const title = /^title:\s*"?(.+?)"?\s*$/m.exec(match[1]!)?.[1] ?? relative;
        found.push({ frontmatter: match[1]!, body: source.slice(match[0].length), title });
      }
    }
  };
  walk(contentDir, 0);
  return found.sort((a, b) => a.title.localeCompare(b.title));
}

/** Frontmatter for a copy: its own title; no header menu entry, no old addresses (each belongs to one page only). */
function copyFrontmatter(frontmatter: string, title: string): string {
  const lines = frontmatter.split('\n');
  const kept: string[] = [];
  let skipping = false;
  for (const line of lines) {
    const key = /^([A-Za-z]+):/.exec(line)?.[1];
    if (key) skipping = ['nav', 'redirectFrom', 'title', 'shortTitle', 'noindex'].includes(key);
    if (!skipping) kept.push(line);
  }
  return [`title: "${title.replace(/"/g, "'")}"`, ...kept].join('\n');
}

/**
 * Adds `count` pages under content/library/: 40 pages to a topic folder,
 * each topic with its own index page, as a large information library is
 * arranged (leaflets grouped by subject). Returns one page to change later.
 */
function addPages(contentDir: string, count: number): string | undefined {
  if (count === 0) return undefined;
  const templates = templatePages(contentDir);
  const perTopic = 40;
  let written = 0;
  let last: string | undefined;
  const write = (relative: string, template: (typeof templates)[number], title: string) => {
    const dir = path.join(contentDir, relative);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'index.mdx');
    // A sentence of its own, as real pages differ: copies with one body would
    // be compiled once between them (the MDX cache is keyed by the body).
    const body = `${template.body.trimEnd()}\n\nThis is the benchmark's copy called "${title.replace(/[{}<>]/g, '')}".\n`;
    writeFileSync(file, `---\n${copyFrontmatter(template.frontmatter, title)}\n---\n${body}`);
    written++;
    last = file;
  };
  const library = templates[0]!;
  write('library', library, 'Information library');
  for (let topic = 1; written < count; topic++) {
    const topicTemplate = templates[topic % templates.length]!;
    write(`library/topic-${topic}`, topicTemplate, `Library topic ${topic}: ${topicTemplate.title}`);
    for (let leaflet = 1; leaflet < perTopic && written < count; leaflet++) {
      const template = templates[(topic * perTopic + leaflet) % templates.length]!;
      write(`library/topic-${topic}/leaflet-${leaflet}`, template, `${template.title}: leaflet ${topic}.${leaflet}`);
    }
  }
  return last;
}

type Sample = { rssKb: number; pssKb: number };

/** A process's proportional set size: its own pages, and its share of pages it shares (the node binary, libraries). */
function pssKb(pid: number): number {
  try {
    return Number(/^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * Memory of a process and all its descendants, from /proc: resident memory
 * summed (what earlier figures give: it counts each shared page once per
 * process), and proportional set size summed (each page counted once).
 */
function treeMemory(root: number): Sample {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which is in brackets and may contain spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const parent = Number(fields[1]);
      const pages = Number(fields[21]);
      rss.set(pid, (pages * 4096) / 1024);
      children.set(parent, [...(children.get(parent) ?? []), pid]);
    } catch {
      // The process ended while we looked.
    }
  }
  const total: Sample = { rssKb: 0, pssKb: 0 };
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    total.rssKb += rss.get(pid) ?? 0;
    total.pssKb += pssKb(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * The environment of a build in the copy. Not npm's: `npm run bench:build`
 * puts this repository's node_modules/.bin first on PATH, and a `next` from
 * here building the copy loads two Reacts ("reading 'useContext'" errors).
 */
function buildEnv(cwd: string): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) && key !== 'INIT_CWD') env[key] = value;
  }
  const path_ = (process.env.PATH ?? '').split(':').filter((dir) => !dir.endsWith('node_modules/.bin'));
  env.PATH = [path.join(cwd, 'node_modules', '.bin'), ...path_].join(':');
  env.NEXT_TELEMETRY_DISABLED = '1';
  return env;
}

type StageResult = { name: string; seconds: number; peakMb: number; peakPssMb: number; output: string };

function runStage(name: string, command: string, cwd: string): Promise<StageResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('bash', ['-c', command], {
      cwd,
      env: buildEnv(cwd) as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const peak: Sample = { rssKb: 0, pssKb: 0 };
    const timer = setInterval(() => {
      const now = treeMemory(child.pid!);
      peak.rssKb = Math.max(peak.rssKb, now.rssKb);
      peak.pssKb = Math.max(peak.pssKb, now.pssKb);
    }, 200);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) {
        reject(new Error(`${name} failed (exit ${code}):\n${output.slice(-4000)}`));
        return;
      }
      resolve({ name, seconds, peakMb: peak.rssKb / 1024, peakPssMb: peak.pssKb / 1024, output });
    });
  });
}

type BuildResult = { run: string; totalSeconds: number; peakMb: number; peakPssMb: number; steps: StepTiming[]; output: string };

/**
 * `npm run build`'s own command (from package.json, so it stays the build's),
 * run once with its memory sampled throughout; it writes the time of each of
 * its steps (scripts/build.ts) to the file named by BUILD_TIMINGS_FILE.
 */
async function build(run: string, cwd: string): Promise<BuildResult> {
  const { scripts } = JSON.parse(readFileSync(path.join(cwd, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const timingsFile = path.join(cwd, '.bench-timings.json');
  const whole = await runStage('build', `BUILD_TIMINGS_FILE=${timingsFile} ${scripts.build!}`, cwd);
  const steps = JSON.parse(readFileSync(timingsFile, 'utf8')) as StepTiming[];
  rmSync(timingsFile);
  return {
    run,
    totalSeconds: whole.seconds,
    peakMb: whole.peakMb,
    peakPssMb: whole.peakPssMb,
    steps,
    output: whole.output,
  };
}

function countPages(cwd: string): number {
  const walk = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce(
      (sum, entry) => sum + (entry.isDirectory() ? walk(path.join(dir, entry.name)) : entry.name.endsWith('.html') ? 1 : 0),
      0,
    );
  return existsSync(path.join(cwd, 'out')) ? walk(path.join(cwd, 'out')) : 0;
}

const dir = copyProject();
const contentDir = path.join(dir, 'content');
const pageToChange = addPages(contentDir, extraPages) ?? path.join(contentDir, 'about', 'index.mdx');
const sourcePages = readdirSync(contentDir, { recursive: true }).filter((name) => String(name).endsWith('index.mdx')).length;
console.log(`Benchmark in ${dir}: ${sourcePages} content pages (${extraPages} added), ${os.cpus().length} CPUs, load ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}`);

const results: BuildResult[] = [];
try {
  for (const run of runs) {
    if (run === 'cold') for (const name of buildOutputs) rmSync(path.join(dir, name), { recursive: true, force: true });
    if (run === 'new-day') rmSync(path.join(dir, '.cache', 'finished-pages'), { recursive: true, force: true });
    if (run === 'changed') {
      const text = readFileSync(pageToChange, 'utf8');
      writeFileSync(pageToChange, `${text.trimEnd()}\n\nThis sentence was added by the benchmark.\n`);
    }
    // Let the disk finish writing what came before (the copy, the last run's
    // 300 MB at 1,000 pages), so no run is charged for an earlier one's writes.
    spawnSync('sync');
    const loadBefore = os.loadavg()[0]!;
    const result = await build(run, dir);
    results.push(result);
    const htmlPages = countPages(dir);
    const steps = describeSteps(result.steps);
    console.log(
      `${run.padEnd(8)} ${result.totalSeconds.toFixed(1).padStart(6)} s  (${steps}); ` +
        `${((result.totalSeconds * 1000) / sourcePages).toFixed(0)} ms per page; peak memory ${result.peakMb.toFixed(0)} MB (${result.peakPssMb.toFixed(0)} MB counting shared pages once); ` +
        `${htmlPages} HTML files; load before ${loadBefore.toFixed(1)}`,
    );
    // Next's own timings, inside its compile and pages steps.
    const next = result.output;
    const timings = [/Compiled successfully in [^\n]*/, /Collecting page data[^\n]* in [^\n]*/, /Generating static pages[^\n]* in [^\n]*/]
      .map((pattern) => pattern.exec(next)?.[0]?.replace(/^[^A-Za-z]+/, '').trim())
      .filter(Boolean);
    if (timings.length) console.log(`         next: ${timings.join('; ')}`);
  }
} finally {
  if (values.json) {
    writeFileSync(
      values.json,
      `${JSON.stringify(
        {
          pages: sourcePages,
          added: extraPages,
          cpus: os.cpus().length,
          results: results.map(({ output: _output, ...rest }) => rest),
        },
        null,
        2,
      )}\n`,
    );
  }
  if (values.keep) console.log(`Kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
