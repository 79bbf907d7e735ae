import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test, vi } from 'vitest';
import { formatProblem } from '@/lib/problems/content-error';
import { linkProblems, publishedUrlProblems } from '@/lib/checks/links';

// Invariants over the real, committed content/ (house style 4): what every
// page must have, and that no link a clinician or a page makes is broken.
// lib/checks/check-site.ts runs the same link checks for `npm run content:check`.

type Gateway = typeof import('@/lib/content');
let content: Gateway;

beforeAll(async () => {
  delete process.env.CONTENT_DIR;
  vi.resetModules();
  content = await import('@/lib/content');
});

function publicFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? publicFiles(full, `${prefix}/${name}`) : [`${prefix}/${name}`];
  });
}

test('the content has no problems that would stop the build', () => {
  const errors = content.loadContent().problems.filter((problem) => problem.severity !== 'warning');
  expect(errors.map(formatProblem)).toEqual([]);
  expect(() => content.getAllPages()).not.toThrow();
});

test('there is a home page and a glossary', () => {
  expect(content.getPage('/')).not.toBeNull();
  expect(content.getPage('/glossary')).not.toBeNull();
});

test('every page has a title no other page has', () => {
  const titles = content.getAllPages().map((page) => page.frontmatter.title.toLowerCase());
  const repeated = titles.filter((title, index) => titles.indexOf(title) !== index);
  expect(repeated).toEqual([]);
});

test('every page has a description of 160 characters or fewer', () => {
  const tooLong = content
    .getAllPages()
    .filter((page) => !page.frontmatter.description.trim() || page.frontmatter.description.length > 160)
    .map((page) => page.file);
  expect(tooLong).toEqual([]);
});

test('every page says where its facts come from and when it is next reviewed', () => {
  for (const page of content.getAllPages()) {
    const { sources, lastReviewed, nextReview, owner } = page.frontmatter;
    expect(sources.length, page.file).toBeGreaterThan(0);
    expect(lastReviewed, page.file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(nextReview, page.file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(nextReview > lastReviewed, page.file).toBe(true);
    expect(owner.trim(), page.file).not.toBe('');
  }
});

test('every internal link and #anchor goes to a page and a section that exist', () => {
  const routes = content.getRoutes();
  const files = new Set([...publicFiles(path.resolve('public')), ...routes.files]);
  const problems = linkProblems(content.getAllPages(), routes.pages, files);
  expect(problems.map(formatProblem)).toEqual([]);
});

test('every address the site has published is still a page or redirects to one', () => {
  const listFile = content.publishedUrlsFile();
  const published = readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
  expect(published.length).toBeGreaterThan(0);
  const redirects = content
    .getAllPages()
    .flatMap((page) => (page.frontmatter.redirectFrom ?? []).map((from) => ({ from, to: page.path, file: page.file })));
  const problems = publishedUrlProblems(published, 'content/published-urls.txt', content.getRoutes().pages, redirects);
  expect(problems.map(formatProblem)).toEqual([]);
});

test('every link to /glossary#… points at a term defined with <GlossaryTerm>', () => {
  const glossary = content.getPage('/glossary')!;
  const termIds = new Set(glossary.terms.map((entry) => entry.id));
  expect(termIds.size).toBeGreaterThan(0);
  const broken = content.getAllPages().flatMap((page) =>
    page.links
      .filter((link) => link.url.startsWith('/glossary#') || (page.path === '/glossary' && link.url.startsWith('#')))
      .filter((link) => {
        const id = link.url.split('#')[1]!;
        // On the glossary page itself, #links may also go to its own headings.
        return !termIds.has(id) && !(page.path === '/glossary' && glossary.headings.some((heading) => heading.id === id));
      })
      .map((link) => `${page.file}:${link.line}:${link.column} ${link.url}`),
  );
  expect(broken).toEqual([]);
});

test('glossary term ids are unique and never clash with a heading id on the glossary page', () => {
  const glossary = content.getPage('/glossary')!;
  const ids = glossary.terms.map((entry) => entry.id);
  expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  const headingIds = new Set(glossary.headings.map((heading) => heading.id));
  expect(ids.filter((id) => headingIds.has(id))).toEqual([]);
});

test('every page is in the sitemap unless it is marked noindex', () => {
  const inSitemap = new Set(content.getSitemapPaths().map((entry) => entry.path));
  for (const page of content.getAllPages()) {
    expect(inSitemap.has(page.path), page.file).toBe(!page.frontmatter.noindex);
  }
});
