import type { Problem } from '../problems/content-error';
import { describeValue, readYaml, zodProblems } from '../problems/yaml-source';
import { sessionSchema, type Session } from './schema';

/**
 * Reading session files. Pure: the content gateway (lib/content/) reads
 * the files and passes their text here, so this runs the same in the build,
 * in `content:check` and in tests.
 */

export type SessionFile = { file: string; text: string };

/** "content/whats-on/sessions/coping-with-anxiety.yaml" → "coping-with-anxiety". */
export function slugFromFile(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.ya?ml$/i, '');
}

/**
 * Validates one session file. Returns the session only when there are no
 * problems; every problem in the file is reported, each with file, line and
 * field.
 */
export function parseSessionFile(text: string, file: string): { session?: Session; problems: Problem[] } {
  const source = readYaml(text, file);
  if (source.problems.length) return { problems: source.problems };

  const problems: Problem[] = [];
  const fileName = file.split(/[\\/]/).pop() ?? file;
  const expectedSlug = slugFromFile(file);

  if (!fileName.endsWith('.yaml')) {
    problems.push({
      file,
      message: 'Session files must end in ".yaml".',
      found: `"${fileName}"`,
      fix: `Rename the file to ${expectedSlug}.yaml.`,
    });
  }

  const result = sessionSchema.safeParse(source.data);
  if (!result.success) problems.push(...zodProblems(result.error, source));

  const slug = (source.data as { slug?: unknown } | null | undefined)?.slug;
  if (typeof slug === 'string' && slug !== expectedSlug) {
    problems.push({
      file,
      line: source.lineOf(['slug']),
      field: 'slug',
      message: 'The slug must be the same as the file name (without ".yaml"): other pages link to it.',
      expected: `"${expectedSlug}"`,
      found: describeValue(slug),
      fix: `Change the slug to ${expectedSlug}, or rename the file to ${slug}.yaml if the slug is right.`,
    });
  }

  // Problems in the order they appear in the file, so editors can work down it.
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return problems.length || !result.success ? { problems } : { session: result.data, problems };
}

/**
 * Validates every session file, and the rules that span files: no two
 * sessions share a slug or a title. An empty schedule is valid. Only the
 * first of two files with the same slug is returned.
 * Sessions come back sorted by slug, so output never depends on the order
 * the files were read in.
 */
export function validateSchedule(files: ReadonlyArray<SessionFile>): { sessions: Session[]; problems: Problem[] } {
  const sessions: Array<{ session: Session; file: string }> = [];
  const problems: Problem[] = [];

  for (const { file, text } of files) {
    const parsed = parseSessionFile(text, file);
    problems.push(...parsed.problems);
    if (parsed.session) sessions.push({ session: parsed.session, file });
  }

  const bySlug = new Map<string, string>();
  const byTitle = new Map<string, string>();
  const unique: Session[] = [];
  for (const { session, file } of sessions) {
    const sameSlug = bySlug.get(session.slug);
    if (sameSlug !== undefined) {
      problems.push({
        file,
        line: lineOfKey(files, file, 'slug'),
        field: 'slug',
        message: `Two session files have the slug "${session.slug}" (this one and ${sameSlug}).`,
        fix: 'Keep one file per session series: merge the two, or delete the copy.',
      });
      continue;
    }
    bySlug.set(session.slug, file);
    unique.push(session);
    const titleKey = session.title.trim().toLowerCase();
    const sameTitle = byTitle.get(titleKey);
    if (sameTitle !== undefined) {
      problems.push({
        file,
        line: lineOfKey(files, file, 'title'),
        field: 'title',
        message: `Two sessions have the title "${session.title}" (this one and ${sameTitle}), so people cannot tell them apart in lists.`,
        fix: 'Give each session its own title, or merge the two files if they are the same series.',
      });
    } else {
      byTitle.set(titleKey, file);
    }
  }

  return {
    sessions: unique.sort((a, b) => compareText(a.slug, b.slug)),
    problems,
  };
}

function lineOfKey(files: ReadonlyArray<SessionFile>, file: string, key: string): number | undefined {
  const text = files.find((candidate) => candidate.file === file)?.text;
  return text === undefined ? undefined : readYaml(text, file).lineOf([key]);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
