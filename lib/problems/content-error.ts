/**
 * Problems an editor can act on. Every reader of `content/` reports what is
 * wrong through this one shape, so `content:check`, the build and the tests
 * all print the same message: file:line, the field, what was expected and
 * what was found, and a fix in plain English.
 */
export type Problem = {
  /** Path relative to the project root, e.g. `content/whats-on/sessions/anxiety.yaml`. */
  file: string;
  line?: number;
  column?: number;
  /** Dotted field path, e.g. `occurrences[2].end`. */
  field?: string;
  /** What was wrong, in plain English. */
  message: string;
  /** Errors stop the build; warnings are reported and let it go on. Default: error. */
  severity?: 'error' | 'warning';
  expected?: string;
  found?: string;
  /** What the editor should do about it. */
  fix?: string;
};

export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.line, problem.line ? problem.column : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  const lines = [`${where}${problem.field ? ` (${problem.field})` : ''}: ${problem.message}`];
  if (problem.expected !== undefined) lines.push(`  expected: ${problem.expected}`);
  if (problem.found !== undefined) lines.push(`  found:    ${problem.found}`);
  if (problem.fix) lines.push(`  fix:      ${problem.fix}`);
  return lines.join('\n');
}

/** Thrown when content is invalid; carries every problem found, not just the first. */
export class ContentError extends Error {
  override name = 'ContentError';
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    const count = problems.length;
    super(
      `${count} problem${count === 1 ? '' : 's'} in the content:\n\n` +
        problems.map(formatProblem).join('\n\n'),
    );
    this.problems = problems;
  }
}

/** Throws a ContentError when there is anything to report. */
export function assertNoProblems(problems: Problem[]): void {
  if (problems.length > 0) throw new ContentError(problems);
}
