import { readFileSync, existsSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { annotation, escapeData, escapeProperty, inGitHubActions } from './github-annotations';

test('an error becomes one ::error line on the file and line, with the fix', () => {
  const line = annotation(
    {
      file: 'content/about/index.mdx',
      line: 12,
      column: 4,
      field: 'title',
      message: 'Expected a title as text.',
      expected: 'text',
      found: 'nothing',
      fix: 'Add a title.',
    },
    'error',
  );
  expect(line).toBe(
    '::error file=content/about/index.mdx,line=12,col=4,title=Content check%3A title::Expected a title as text.%0AExpected: text%0AFound: nothing%0AFix: Add a title.',
  );
  expect(line.split('\n')).toHaveLength(1);
});

test('a warning without a line is annotated on the file alone', () => {
  expect(annotation({ file: 'content/site.yaml', message: 'Due soon.' }, 'warning')).toBe(
    '::warning file=content/site.yaml,title=Content check::Due soon.',
  );
});

test('percent signs, line breaks, colons and commas are escaped as GitHub requires', () => {
  expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
  expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  // A message may contain "::" and commas freely: only properties need them escaped.
  expect(escapeData('time: 2pm, then 3pm')).toBe('time: 2pm, then 3pm');
  const line = annotation({ file: 'content/a,b/index.mdx', message: 'x' }, 'error');
  expect(line).toContain('file=content/a%2Cb/index.mdx');
});

test('annotations are printed only on GitHub Actions', () => {
  expect(inGitHubActions({ GITHUB_ACTIONS: 'true' })).toBe(true);
  expect(inGitHubActions({})).toBe(false);
});

test('the pull request workflow runs content:check first, then the type check and unit tests, on Node 22', () => {
  const file = '.github/workflows/check.yml';
  expect(existsSync(file)).toBe(true);
  const workflow = parse(readFileSync(file, 'utf8')) as {
    on: Record<string, unknown>;
    jobs: Record<string, { steps: Array<{ run?: string; with?: Record<string, unknown> }>; 'timeout-minutes'?: number }>;
  };
  expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const runs = steps.map((step) => step.run ?? '').filter(Boolean);
  const order = ['content:check', 'typecheck', 'vitest'].map((command) => runs.findIndex((run) => run.includes(command)));
  expect(order.every((index) => index >= 0)).toBe(true);
  expect(order).toEqual([...order].sort((a, b) => a - b));
  expect(steps.some((step) => String(step.with?.['node-version']) === '22')).toBe(true);
});

test('the nightly rebuild uses Node 22, type checks, and writes the review report to the job summary', () => {
  const workflow = parse(readFileSync('.github/workflows/daily-rebuild.yml', 'utf8')) as {
    jobs: Record<string, { steps: Array<{ run?: string; with?: Record<string, unknown> }> }>;
  };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  expect(steps.some((step) => String(step.with?.['node-version']) === '22')).toBe(true);
  expect(steps.some((step) => step.run?.includes('typecheck'))).toBe(true);
  expect(steps.some((step) => step.run?.includes('content:check') && step.run.includes('--report "$GITHUB_STEP_SUMMARY"'))).toBe(true);
});

test('the nightly rebuild restores the build caches before it builds, so it does not start cold', () => {
  const workflow = parse(readFileSync('.github/workflows/daily-rebuild.yml', 'utf8')) as {
    jobs: Record<string, { steps: Array<{ run?: string; uses?: string; with?: Record<string, unknown> }> }>;
  };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const restore = steps.findIndex((step) => step.uses?.startsWith('actions/cache@') && String(step.with?.path).includes('.cache'));
  const build = steps.findIndex((step) => step.run === 'npm run build');
  expect(restore).toBeGreaterThanOrEqual(0);
  expect(restore).toBeLessThan(build);
});
