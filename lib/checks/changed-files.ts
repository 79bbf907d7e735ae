import { execFileSync } from 'node:child_process';

/**
 * The files a pull request or push changes, for `content:check
 * --changed-since <base>`: everything committed since the branch left
 * `base` (git's three-dot diff, so changes made on `base` meanwhile do not
 * count), plus files changed but not yet committed, so an editor running it
 * locally sees what CI will say. Paths are relative to the repository root,
 * as problems' files are.
 */
export function changedFilesSince(base: string, cwd = process.cwd()): Set<string> {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  let committed: string[];
  try {
    committed = git('diff', '--name-only', '--no-renames', `${base}...HEAD`);
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim() ?? String(error);
    throw new Error(
      `content:check --changed-since ${base}: git cannot compare with "${base}" (${detail}). In GitHub Actions, check out with fetch-depth: 0.`,
    );
  }
  return new Set([
    ...committed,
    ...git('diff', '--name-only', '--no-renames', 'HEAD'),
    ...git('ls-files', '--others', '--exclude-standard'),
  ]);
}
