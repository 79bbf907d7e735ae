import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { formatProblem } from '../problems/content-error';
import { slugFromFile, validateSchedule } from './parse';

/**
 * The real session files. The gateway reads them for the site; this test
 * reads them directly so that the schedule's own tests fail when its content
 * does, with the same messages the build would print.
 */
const directory = fileURLToPath(new URL('../../content/whats-on/sessions/', import.meta.url));
const files = readdirSync(directory).map((name) => ({
  file: `content/whats-on/sessions/${name}`,
  text: readFileSync(`${directory}${name}`, 'utf8'),
}));

test('every session file in content/ is valid', () => {
  const { problems } = validateSchedule(files);
  expect(problems.map(formatProblem)).toEqual([]);
});

test('every file in the sessions folder becomes the session its file name says, and nothing else does', () => {
  const { sessions } = validateSchedule(files);
  expect(files.length).toBeGreaterThan(0);
  // Every file is read, so a stray one (.yml.txt, .md) fails here rather than being skipped.
  expect(sessions.map((session) => session.slug).sort()).toEqual(files.map((file) => slugFromFile(file.file)).sort());
});
