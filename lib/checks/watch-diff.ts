import { formatProblem, type Problem } from '../problems/content-error';

/**
 * What changed between two runs of the checks, for `content:check --watch`:
 * an editor saving a file wants to know whether they fixed it or broke
 * something, not the whole list again. Problems are the same when they read
 * the same; a problem whose line moved (a line added above it) is matched by
 * its text without the line, so it is not reported as fixed and new again.
 */
export type WatchDiff = { added: Problem[]; fixed: Problem[]; unchanged: number };

function key(problem: Problem): string {
  return formatProblem({ ...problem, line: undefined, column: undefined });
}

export function diffProblems(before: Problem[], after: Problem[]): WatchDiff {
  const remaining = new Map<string, number>();
  for (const problem of before) remaining.set(key(problem), (remaining.get(key(problem)) ?? 0) + 1);
  const added: Problem[] = [];
  let unchanged = 0;
  for (const problem of after) {
    const count = remaining.get(key(problem)) ?? 0;
    if (count > 0) {
      remaining.set(key(problem), count - 1);
      unchanged++;
    } else {
      added.push(problem);
    }
  }
  const fixed: Problem[] = [];
  for (const problem of before) {
    const count = remaining.get(key(problem)) ?? 0;
    if (count > 0) {
      remaining.set(key(problem), count - 1);
      fixed.push(problem);
    }
  }
  return { added, fixed, unchanged };
}
