import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { listFiles } from '../build/files';
import { isReadByTheSite, strayFileProblems } from './stray-files';

// One fixture site holds every kind of stray file an editor makes
// (tests/fixtures/content/sites/stray-files), beside pages that are fine.
const site = 'tests/fixtures/content/sites/stray-files';
const files = listFiles(site)
  .map((file) => path.relative(site, file).split(path.sep).join('/'))
  .filter((file) => !file.split('/').some((part) => part.startsWith('.')));
const problems = strayFileProblems({ files, contentPrefix: site, read: (file) => readFileSync(path.join(site, file), 'utf8') });
const problemFor = (file: string) => {
  const found = problems.filter((problem) => problem.file === `${site}/${file}`);
  expect(found, `one problem for ${file}`).toHaveLength(1);
  return found[0]!;
};

test('a page not named index.mdx is an error that says where to move it and what its address will be', () => {
  const problem = problemFor('treatment-summary/extra.mdx');
  expect(problem.severity).toBeUndefined();
  expect(problem.message).toContain('only reads pages named "index.mdx"');
  expect(problem.fix).toContain(`move it to ${site}/treatment-summary/extra/index.mdx (its address will be /treatment-summary/extra)`);
});

test('a page saved as index.md is told to end in .mdx', () => {
  const problem = problemFor('exercise/index.md');
  expect(problem.message).toContain('pages must end in ".mdx"');
  expect(problem.fix).toBe(`Rename the file to ${site}/exercise/index.mdx. Its address will be /exercise.`);
});

test('Index.mdx with a capital letter is told to be all lower case', () => {
  const problem = problemFor('about/Index.mdx');
  expect(problem.message).toContain('(all lower case)');
  expect(problem.fix).toContain(`Rename the file to ${site}/about/index.mdx`);
});

test('a session saved outside whats-on/sessions is recognised and told where to go', () => {
  const problem = problemFor('whats-on/coping-with-anxiety.yaml');
  expect(problem.message).toContain('This looks like a session');
  expect(problem.fix).toBe(`Move it to ${site}/whats-on/sessions/coping-with-anxiety.yaml.`);
});

test('a misspelt collection folder is one error for the folder, naming the folder meant', () => {
  const problem = problemFor('whats-on/session');
  expect(problem.message).toContain('Did you mean "whats-on/sessions"?');
  expect(problems.some((entry) => entry.file.endsWith('managing-fatigue.yaml'))).toBe(false);
});

test('an image in content/ is told to go in public/', () => {
  expect(problemFor('images/shoulder-stretch.jpg').fix).toBe('Move it to public/images/shoulder-stretch.jpg, and link to it as /images/shoulder-stretch.jpg.');
});

test('a video folder without video.yaml says to add one', () => {
  expect(problemFor('videos/intro/transcript.md').fix).toContain('add one (see docs/video.md)');
});

test('the pages and settings in the fixture are not stray, and nothing else is reported', () => {
  expect(problems).toHaveLength(7);
  for (const file of ['index.mdx', 'site.yaml', 'treatment-summary/index.mdx']) expect(isReadByTheSite(file)).toBe(true);
});

test('every collection file is read: sessions, videos, services, settings and the published addresses', () => {
  for (const file of [
    'whats-on/sessions/coping.yaml',
    'videos/awareness/video.yaml',
    'videos/awareness/script.yaml',
    'local-support/services/samaritans.yaml',
    'published-urls.txt',
  ]) {
    expect(isReadByTheSite(file), file).toBe(true);
  }
  expect(isReadByTheSite('videos/awareness/transcript.md')).toBe(false);
  expect(isReadByTheSite('videos/awareness/transcript.md', new Set(['videos/awareness/transcript.md']))).toBe(true);
});
