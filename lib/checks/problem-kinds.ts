import type { Problem } from '../problems/content-error';

/**
 * Two kinds of problem (docs/content-checks.md):
 * - blocking: content that cannot be built or would mislead (invalid data,
 *   broken links, unsafe MDX, a published address that would 404). Fails the
 *   pull request check and the build.
 * - editorial: a review that is overdue, a reading age above target, a style
 *   problem, a page awaiting clinical sign-off. Fails the pull request check
 *   only for the files it changes, so nobody is blocked by a page they did not
 *   touch, and never the build: one overdue page must not stop a fix to the
 *   session schedule from going out.
 * Warnings (a review due soon) never fail anything.
 */
export type Outcome = {
  /** Problems that fail this run. */
  failing: Problem[];
  /** Problems listed, which let this run pass. */
  listed: Problem[];
};

export function isEditorial(problem: Problem): boolean {
  return problem.kind === 'editorial';
}

export function isBlocking(problem: Problem): boolean {
  return problem.severity !== 'warning' && !isEditorial(problem);
}

/**
 * @param changed files this change touches (paths relative to the project
 *   root), or null when not checking a change (the build, a local run)
 */
export function classify(problems: Problem[], changed: ReadonlySet<string> | null): Outcome {
  const failing: Problem[] = [];
  const listed: Problem[] = [];
  for (const problem of problems) {
    const fails = isBlocking(problem) || (isEditorial(problem) && changed !== null && changed.has(problem.file));
    (fails ? failing : listed).push(problem);
  }
  return { failing, listed };
}

/** Marks problems as editorial. */
export function editorial(problems: Problem[]): Problem[] {
  return problems.map((problem) => ({ ...problem, kind: 'editorial' as const }));
}
