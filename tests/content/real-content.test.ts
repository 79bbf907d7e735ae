import { beforeAll, expect, test, vi } from 'vitest';
import { isBlocking } from '@/lib/checks/problem-kinds';
import { formatProblem } from '@/lib/problems/content-error';
import type * as Checks from '@/lib/checks/check-site';
import type * as Gateway from '@/lib/content';
import { londonToday } from '@/lib/schedule';
import { glossaryPath, homePath, searchPath, sessionPath } from '@/lib/urls';

// The real, committed content/ through the public functions the build uses.
// The schema and checkSite say what every page must have; this file adds only
// what neither can say about one file at a time.

let content: typeof Gateway;
let checks: typeof Checks;

beforeAll(async () => {
  delete process.env.CONTENT_DIR;
  vi.resetModules();
  content = await import('@/lib/content');
  checks = await import('@/lib/checks/check-site');
  // Reading all of content/ can take seconds on a busy machine: do it here, not inside a test's time limit.
  content.loadContent();
}, 60_000); // Reads all of content/: generous, so a busy machine does not fail it.

test('npm run content:check would pass today: no blocking problem in any page, session, video or setting', () => {
  const { problems } = checks.checkSite(londonToday(new Date()));
  // Editorial problems (reviews due, reading age, awaiting sign-off) are reported, never blocking.
  expect(problems.filter(isBlocking).map(formatProblem)).toEqual([]);
});

test('the pages the header, footer and search link to exist', () => {
  for (const path of [homePath, glossaryPath, searchPath]) {
    expect(content.getRoutes().pages.some((route) => route.path === path), path).toBe(true);
  }
  const routes = new Set(content.getRoutes().pages.map((route) => route.path));
  const missing = content
    .getNavigation()
    .map((item) => item.href)
    .filter((href) => !routes.has(href.split('#')[0]!));
  expect(missing).toEqual([]);
});

test('glossary term ids are unique and never clash with a heading id on the glossary page', () => {
  const glossary = content.getPage(glossaryPath)!;
  const ids = glossary.terms.map((entry) => entry.id);
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  const headingIds = new Set(glossary.headings.map((heading) => heading.id));
  expect(ids.filter((id) => headingIds.has(id))).toEqual([]);
});

test('every page is in the sitemap unless it is marked noindex', () => {
  const inSitemap = new Set(content.getSitemapPaths().map((entry) => entry.path));
  const wrong = content
    .getAllPages()
    .filter((page) => inSitemap.has(page.path) === Boolean(page.frontmatter.noindex))
    .map((page) => page.file);
  expect(wrong).toEqual([]);
});

test('every session has a page, and every page or session address is unique', () => {
  const paths = content.getRoutes().pages.map((route) => route.path);
  expect(paths.filter((path, index) => paths.indexOf(path) !== index)).toEqual([]);
  const sessionPaths = content.getSessions().map((session) => sessionPath(session));
  expect(sessionPaths.filter((path) => !paths.includes(path))).toEqual([]);
});
