import type { Problem } from '../problems/content-error';

/**
 * GitHub Actions "workflow commands": a line such as
 * `::error file=content/about/index.mdx,line=12,title=…::message` printed by a
 * step becomes an annotation on that file and line, shown on the commit and in
 * the pull request's "Files changed" tab. An editor working in GitHub's web
 * editor sees the problem where they made it, without reading a log.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 */
export type AnnotationLevel = 'error' | 'warning' | 'notice';

/**
 * The message: "%", CR and LF are escaped, so a multi-line message stays one
 * command (GitHub shows %0A as a line break). Same rules as @actions/core's
 * escapeData.
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * A property value (file, title): as escapeData, plus ":" and "," which
 * would otherwise end the property. Same rules as @actions/core's escapeProperty.
 */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One problem as one workflow command line. */
export function annotation(problem: Problem, level: AnnotationLevel): string {
  const properties: string[] = [`file=${escapeProperty(problem.file)}`];
  if (problem.line) {
    properties.push(`line=${problem.line}`);
    if (problem.column) properties.push(`col=${problem.column}`);
  }
  const title = problem.field ? `Content check: ${problem.field}` : 'Content check';
  properties.push(`title=${escapeProperty(title)}`);
  const body = [problem.message];
  if (problem.expected !== undefined) body.push(`Expected: ${problem.expected}`);
  if (problem.found !== undefined) body.push(`Found: ${problem.found}`);
  if (problem.fix) body.push(`Fix: ${problem.fix}`);
  return `::${level} ${properties.join(',')}::${escapeData(body.join('\n'))}`;
}

/** True when running as a step of a GitHub Actions workflow. */
export function inGitHubActions(env: Record<string, string | undefined> = process.env): boolean {
  return env.GITHUB_ACTIONS === 'true';
}
