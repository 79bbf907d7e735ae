import { expect, test, vi } from 'vitest';
import { formatProblem } from '@/lib/problems/content-error';

// The gateway reports every file under content/ that the site does not read
// (tests/fixtures/content/sites/stray-files holds one of each kind), so an
// editor's extra.mdx or Index.mdx is an error, not a page that silently is not there.
const site = 'tests/fixtures/content/sites/stray-files';

test('every stray file in the fixture site is an error naming the file, with the pages still read', async () => {
  process.env.CONTENT_DIR = site;
  vi.resetModules();
  const { loadContent } = await import('@/lib/content');
  const content = loadContent();
  const stray = content.problems.filter((problem) => /not published|not read|does not read|not used|not one the site reads|only from/.test(problem.message));
  expect(stray.map((problem) => problem.file).sort()).toEqual(
    [
      'about/Index.mdx',
      'exercise/index.md',
      'images/shoulder-stretch.jpg',
      'treatment-summary/extra.mdx',
      'videos/intro/transcript.md',
      'whats-on/coping-with-anxiety.yaml',
      'whats-on/session',
    ].map((file) => `${site}/${file}`),
  );
  for (const problem of stray) expect(problem.severity, formatProblem(problem)).toBeUndefined();
  expect(content.pages.map((page) => page.path).sort()).toEqual(['/', '/treatment-summary']);
  delete process.env.CONTENT_DIR;
});

test('the real content has no stray files', { timeout: 60_000 }, async () => {
  delete process.env.CONTENT_DIR;
  vi.resetModules();
  const { loadContent } = await import('@/lib/content');
  const stray = loadContent().problems.filter((problem) => /not published|does not read|not one the site reads/.test(problem.message));
  expect(stray.map(formatProblem)).toEqual([]);
});
