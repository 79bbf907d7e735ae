import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { changedFilesSince } from './changed-files';

const repos: string[] = [];
afterEach(() => {
  for (const dir of repos.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function repo(): { dir: string; git: (...args: string[]) => string; write: (file: string, text: string) => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'changed-files-'));
  repos.push(dir);
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  git('init', '-q', '-b', 'main');
  write('content/a/index.mdx', 'a');
  write('content/b/index.mdx', 'b');
  git('add', '-A');
  git('commit', '-qm', 'base');
  return { dir, git, write };
}

test('lists the files a branch changed since it left main, not the ones main changed meanwhile', () => {
  const { dir, git, write } = repo();
  git('checkout', '-qb', 'edit');
  write('content/a/index.mdx', 'a changed');
  git('commit', '-qam', 'edit a');
  git('checkout', '-q', 'main');
  write('content/b/index.mdx', 'b changed on main');
  git('commit', '-qam', 'edit b');
  git('checkout', '-q', 'edit');
  expect([...changedFilesSince('main', dir)]).toEqual(['content/a/index.mdx']);
});

test('counts files changed but not committed yet, and new files', () => {
  const { dir, write } = repo();
  write('content/b/index.mdx', 'b edited');
  write('content/c/index.mdx', 'new');
  expect([...changedFilesSince('HEAD', dir)].sort()).toEqual(['content/b/index.mdx', 'content/c/index.mdx']);
});

test('an unknown base says what to do', () => {
  const { dir } = repo();
  expect(() => changedFilesSince('origin/nowhere', dir)).toThrow(/fetch-depth: 0/);
});
