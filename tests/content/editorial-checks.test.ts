import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';

// The whole content:check, run as the build and the pull request check run
// it, on a fixture site where one page (find-support) is past its review
// date. An overdue review is editorial: it must never stop the build, but a
// pull request that changes that page must fail.

const site = 'tests/fixtures/content/sites/overdue';
const overduePage = `${site}/find-support/index.mdx`;
const otherPage = `${site}/glossary/index.mdx`;
const temporary = mkdtempSync(path.join(tmpdir(), 'editorial-checks-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

function contentCheck(args: string[] = [], env: Record<string, string> = {}) {
  const result = spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/content-check.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: site, SITE_TODAY: '2026-06-01', GITHUB_ACTIONS: '', SITE_ENV: '', ...env },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function changedFiles(...files: string[]): string {
  const list = path.join(temporary, `changed-${files.length}-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(list, `${files.join('\n')}\n`);
  return list;
}

test('the build passes with one page overdue, and its report shows the overdue review', { timeout: 120_000 }, () => {
  const { status, output } = contentCheck();
  expect(output).toContain(`OVERDUE   page     ${overduePage}  overdue since 1 May 2026 (31 days ago)`);
  expect(output).toContain(`Editorial: ${overduePage}:5 (nextReview): This page was due for review on 1 May 2026, 31 days ago.`);
  expect(output).toMatch(/content:check passed: 0 errors, 1 editorial problem listed/);
  expect(status).toBe(0);
});

test('a pull request that changes the overdue page fails', { timeout: 120_000 }, () => {
  const { status, output } = contentCheck(['--changed-files', changedFiles(overduePage)]);
  expect(output).toContain(`Error (editorial, in a file this change touches): ${overduePage}:5 (nextReview)`);
  expect(output).toContain('content:check failed: 1 error');
  expect(status).toBe(1);
});

test('a pull request that changes another page passes, listing the overdue one', { timeout: 120_000 }, () => {
  const { status, output } = contentCheck(['--changed-files', changedFiles(otherPage)]);
  expect(output).toContain(`Editorial: ${overduePage}:5`);
  expect(status).toBe(0);
});

test('on GitHub Actions each problem is also an annotation on its file and line', { timeout: 120_000 }, () => {
  const { output } = contentCheck(['--changed-files', changedFiles(overduePage)], { GITHUB_ACTIONS: 'true' });
  expect(output).toMatch(new RegExp(`^::error file=${overduePage.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')},line=5,title=Content check%3A nextReview::This page was due for review on 1 May 2026`, 'm'));
});

test('a production build with placeholder contacts fails, naming each setting; a normal one passes', { timeout: 120_000 }, () => {
  const production = contentCheck([], { SITE_ENV: 'production' });
  expect(production.status).toBe(1);
  expect(production.output).toContain(`${site}/site.yaml:13 (contact.email): The setting "contact.email" still holds a placeholder (cancer-support@example.org)`);
  expect(production.output).toContain('(contact.phone): The setting "contact.phone" still holds a placeholder (020 7946 0000)');
  expect(production.output).toContain('(url): The setting "url" still holds a placeholder');
  expect(contentCheck().status).toBe(0);
});

test('a blocking problem stops the build: Next renders nothing, and its compile, run beside the check, says nothing', { timeout: 120_000 }, () => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: site, SITE_TODAY: '2026-06-01', GITHUB_ACTIONS: '', SITE_ENV: 'production' },
  });
  const output = `${result.stdout}${result.stderr}`;
  expect(output).toContain('(contact.email): The setting "contact.email" still holds a placeholder');
  expect(output).toContain('Build stopped: the checks step failed (exit 1).');
  // The compile ran beside the check; the editor sees only the check's problems.
  expect(output).not.toContain('Next.js');
  expect(output).not.toContain('Generating static pages');
  expect(result.status).toBe(1);
});
