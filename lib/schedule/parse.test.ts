import { expect, test } from 'vitest';
import { ContentError, formatProblem, type Problem } from '../problems/content-error';
import { lineContaining, readFixture } from '../../tests/fixtures/schedule/sessions';
import { parseSessionFile, validateSchedule } from './parse';

function problemsIn(name: string) {
  const fixture = readFixture(name);
  const { session, problems } = parseSessionFile(fixture.text, fixture.file);
  expect(session).toBeUndefined();
  return { ...fixture, problems };
}

/** The one problem for `field`, checked to name the file and the line the mistake is on. */
function problemAt(fixture: { file: string; text: string; problems: Problem[] }, field: string, lineText: string, after = 0) {
  const matching = fixture.problems.filter((problem) => problem.field === field);
  expect(matching, `problems for ${field}: ${fixture.problems.map(formatProblem).join('\n')}`).toHaveLength(1);
  const problem = matching[0]!;
  expect(problem.file).toBe(fixture.file);
  expect(problem.line).toBe(lineContaining(fixture.text, lineText, after));
  expect(problem.severity ?? 'error').toBe('error');
  expect(problem.fix, 'every problem says how to fix it').toBeTruthy();
  return problem;
}

test('reports a date that does not exist, such as 30 February, with file, line and field', () => {
  const fixture = problemsIn('invalid/impossible-date.yaml');
  expect(fixture.problems).toHaveLength(1);
  const problem = problemAt(fixture, 'occurrences[0].date', 'date: "2026-02-30"');
  expect(problem.message).toBe('There is no such date as 2026-02-30.');
});

test('reports an end time before the start time on the end time', () => {
  const fixture = problemsIn('invalid/end-before-start.yaml');
  expect(fixture.problems).toHaveLength(1);
  const problem = problemAt(fixture, 'occurrences[0].end', 'end: "14:00"');
  expect(problem.message).toBe('The session ends (14:00) before it starts (15:00).');
  expect(problem.fix).toContain('24-hour clock');
});

test('reports a time skipped when the clocks go forward (01:30 on 29 March 2026)', () => {
  const fixture = problemsIn('invalid/clock-gap.yaml');
  expect(fixture.problems).toHaveLength(1);
  const problem = problemAt(fixture, 'occurrences[0].start', 'start: "01:30"');
  expect(problem.message).toBe(
    '01:30 does not exist on Sunday 29 March 2026: the clocks go forward an hour at 1am, straight to 2am.',
  );
});

test('reports a time that happens twice when the clocks go back (01:30 on 25 October 2026)', () => {
  const fixture = problemsIn('invalid/clock-overlap.yaml');
  expect(fixture.problems).toHaveLength(1);
  const problem = problemAt(fixture, 'occurrences[0].start', 'start: "01:30"');
  expect(problem.message).toBe('01:30 happens twice on Sunday 25 October 2026: the clocks go back an hour at 2am, to 1am.');
});

test('reports the same occurrence id used twice in a file, on the second one', () => {
  const fixture = problemsIn('invalid/duplicate-occurrence-id.yaml');
  expect(fixture.problems).toHaveLength(1);
  const first = lineContaining(fixture.text, '- id: august-2025');
  const problem = problemAt(fixture, 'occurrences[1].id', '- id: august-2025', first);
  expect(problem.message).toContain('Two occurrences have the id "august-2025"');
});

test('reports a month written "Sept 2025" or "2025-9" and shows the quoted "2025-09" form', () => {
  const fixture = problemsIn('invalid/month-wrong-form.yaml');
  expect(fixture.problems).toHaveLength(2);
  const words = problemAt(fixture, 'occurrences[0].month', 'month: Sept 2025');
  expect(words.found).toBe('"Sept 2025"');
  expect(words.fix).toBe('write month: "2025-09", with the quotes.');
  const digits = problemAt(fixture, 'occurrences[1].month', 'month: 2025-9');
  expect(digits.fix).toBe('write month: "2025-09", with the quotes.');
});

test('reports an unknown category and lists the ones that exist', () => {
  const fixture = problemsIn('invalid/unknown-category.yaml');
  expect(fixture.problems).toHaveLength(1);
  const problem = problemAt(fixture, 'category', 'category: physio');
  expect(problem.message).toBe('Expected one of the categories: therapies, psychology, sact.');
  expect(problem.found).toBe('"physio"');
});

test('reports a missing title at the start of the file', () => {
  const fixture = problemsIn('invalid/missing-title.yaml');
  expect(fixture.problems).toHaveLength(1);
  const problem = problemAt(fixture, 'title', 'slug: missing-title');
  expect(problem.message).toBe('Expected a title as text.');
  expect(problem.found).toBe('nothing (the field is missing)');
});

test('reports an unquoted time (YAML makes 14:00 the number 840) and shows the quoted form', () => {
  const fixture = problemsIn('invalid/unquoted-time.yaml');
  expect(fixture.problems).toHaveLength(2);
  const start = problemAt(fixture, 'occurrences[0].start', 'start: 14:00');
  expect(start.message).toBe('Times must be in quotes, or YAML turns them into a number (this one became 840).');
  expect(start.fix).toBe('write it as "14:00", with the quotes.');
  const end = problemAt(fixture, 'occurrences[0].end', 'end: 9:30');
  expect(end.fix).toBe('write it as "09:30", with the quotes.');
});

test('reports an unquoted date (YAML makes it a Date) and shows the quoted form', () => {
  const fixture = problemsIn('invalid/unquoted-date.yaml');
  expect(fixture.problems).toHaveLength(1);
  const problem = problemAt(fixture, 'occurrences[0].date', 'date: 2025-08-19');
  expect(problem.message).toBe('Dates must be in quotes, or YAML turns them into something else.');
  expect(problem.fix).toBe('write it as "2025-08-19", with the quotes.');
});

test('reports a slug that is not the file name, expecting the file name', () => {
  const fixture = problemsIn('invalid/slug-mismatch.yaml');
  expect(fixture.problems).toHaveLength(1);
  const problem = problemAt(fixture, 'slug', 'slug: coping-with-worry');
  expect(problem.expected).toBe('"slug-mismatch"');
  expect(problem.found).toBe('"coping-with-worry"');
});

test('reports each way of getting "when" wrong: start without end, date and month, nothing, 2pm, moved without a note, a written-out date', () => {
  const fixture = problemsIn('invalid/when-mistakes.yaml');
  expect(fixture.problems).toHaveLength(6);
  expect(problemAt(fixture, 'occurrences[0].start', 'start: "10:00"').message).toBe(
    'There is a start time but no end time.',
  );
  expect(problemAt(fixture, 'occurrences[1].month', 'month: "2026-05"').message).toContain('has date and month');
  expect(problemAt(fixture, 'occurrences[2]', '- id: nothing').message).toBe('This occurrence does not say when it is.');
  expect(problemAt(fixture, 'occurrences[3].start', 'start: 2pm').fix).toBe('write it as "14:00", with the quotes.');
  expect(problemAt(fixture, 'occurrences[4].status', 'status: moved').message).toBe(
    'A moved occurrence needs a note saying when it moved to.',
  );
  expect(problemAt(fixture, 'occurrences[5].date', 'date: 19 August 2025').fix).toBe(
    'write it as "2025-08-19", with the quotes.',
  );
});

test('reports every mistake in a file at once, in the order of the lines', () => {
  const fixture = problemsIn('invalid/many-mistakes.yaml');
  expect(fixture.problems.map((problem) => problem.field)).toEqual([
    'title',
    'category',
    'lastReviewed',
    'occurrences[0].date',
    'occurrences[1].start',
    'occurrences[2].start',
    'occurrences[3].id',
    'occurrences[3].month',
    'occurrences[4].end',
    'occurrences[4].colour',
  ]);
  for (const problem of fixture.problems) {
    expect(problem.file).toBe(fixture.file);
    expect(problem.line).toBeGreaterThan(0);
  }
  expect(fixture.problems.find((problem) => problem.field === 'occurrences[4].colour')!.message).toBe(
    'Unknown field "colour".',
  );
});

test('reports YAML that cannot be read, with its line', () => {
  const text = 'slug: broken\ntitle: Broken\n  summary: indented by mistake\n';
  const { session, problems } = parseSessionFile(text, 'content/whats-on/sessions/broken.yaml');
  expect(session).toBeUndefined();
  expect(problems[0]!.message).toMatch(/^This is not valid YAML/);
  expect(problems[0]!.line).toBeGreaterThan(0);
});

test('reports an empty file', () => {
  const { problems } = parseSessionFile('', 'content/whats-on/sessions/empty.yaml');
  expect(problems).toHaveLength(1);
  expect(problems[0]!.message).toBe('The file is empty or is not a list of fields.');
});

test('reads a valid file into a typed session with one precision per occurrence', () => {
  const fixture = readFixture('valid/every-kind.yaml');
  const { session, problems } = parseSessionFile(fixture.text, fixture.file);
  expect(problems).toEqual([]);
  expect(session!.occurrences.map((occurrence) => occurrence.precision)).toEqual([
    'time',
    'time',
    'time',
    'time',
    'time',
    'day',
    'month',
    'unknown',
    'time',
    'time',
    'time',
  ]);
  expect(session!.occurrences.find((occurrence) => occurrence.id === 'cancelled')!.status).toBe('cancelled');
  expect(session!.occurrences.find((occurrence) => occurrence.id === 'unknown')!.status).toBe('scheduled');
});

test('an empty schedule (no files) is valid', () => {
  expect(validateSchedule([])).toEqual({ sessions: [], problems: [] });
});

test('validates every file and reports all of their problems together', () => {
  const files = ['invalid/unquoted-time.yaml', 'valid/every-kind.yaml', 'invalid/missing-title.yaml'].map(readFixture);
  const { sessions, problems } = validateSchedule(files);
  expect(sessions.map((session) => session.slug)).toEqual(['every-kind']);
  expect(new Set(problems.map((problem) => problem.file))).toEqual(
    new Set(['tests/fixtures/schedule/invalid/unquoted-time.yaml', 'tests/fixtures/schedule/invalid/missing-title.yaml']),
  );
  expect(() => {
    if (problems.length) throw new ContentError(problems);
  }).toThrow(/3 problems in the content/);
});

test('reports two files with the same slug across the schedule', () => {
  const { text } = readFixture('valid/every-kind.yaml');
  const { sessions, problems } = validateSchedule([
    { file: 'content/whats-on/sessions/every-kind.yaml', text },
    { file: 'content/whats-on/sessions/archive/every-kind.yaml', text },
  ]);
  expect(sessions).toHaveLength(1);
  const slugProblem = problems.find((problem) => problem.field === 'slug')!;
  expect(slugProblem.file).toBe('content/whats-on/sessions/archive/every-kind.yaml');
  expect(slugProblem.line).toBe(lineContaining(text, 'slug: every-kind'));
  expect(slugProblem.message).toContain('Two session files have the slug "every-kind"');
});

test('reports two sessions with the same title', () => {
  const { text } = readFixture('valid/every-kind.yaml');
  const { problems } = validateSchedule([
    { file: 'content/whats-on/sessions/every-kind.yaml', text },
    { file: 'content/whats-on/sessions/copy.yaml', text: text.replace('slug: every-kind', 'slug: copy') },
  ]);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ file: 'content/whats-on/sessions/copy.yaml', field: 'title' });
  expect(problems[0]!.line).toBe(lineContaining(text, 'title:'));
});

test('returns sessions sorted by slug whatever order the files come in', () => {
  const { text } = readFixture('valid/every-kind.yaml');
  const files = ['b-session', 'a-session', 'c-session'].map((slug) => ({
    file: `content/whats-on/sessions/${slug}.yaml`,
    text: text.replace('slug: every-kind', `slug: ${slug}`).replace(/^title: .*$/m, `title: ${slug}`),
  }));
  expect(validateSchedule(files).sessions.map((session) => session.slug)).toEqual(['a-session', 'b-session', 'c-session']);
});

test('a session file must end in .yaml', () => {
  const { text } = readFixture('valid/every-kind.yaml');
  const { problems } = parseSessionFile(text, 'content/whats-on/sessions/every-kind.yml');
  expect(problems).toHaveLength(1);
  expect(problems[0]!.fix).toBe('Rename the file to every-kind.yaml.');
});

test('a summary longer than 160 characters is reported', () => {
  const { text } = readFixture('valid/every-kind.yaml');
  const long = text.replace(/^summary: .*$/m, `summary: ${'Long words. '.repeat(15)}`);
  const { problems } = parseSessionFile(long, 'tests/fixtures/schedule/every-kind.yaml');
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ field: 'summary', line: lineContaining(text, 'summary:') });
});

test('a booking override needs an email address or a phone number', () => {
  const { text } = readFixture('valid/every-kind.yaml');
  const noWay = text.replace('  email: fixture.team@example.org\n', '');
  const { problems } = parseSessionFile(noWay, 'tests/fixtures/schedule/every-kind.yaml');
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ field: 'booking', line: lineContaining(text, 'team: Fixture team') });
});
