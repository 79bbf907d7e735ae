import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { formatProblem, type ContentError, type Problem } from '@/lib/problems/content-error';

// The gateway reads CONTENT_DIR when content is first loaded and keeps what it
// read in a module variable, so each test points CONTENT_DIR at a fixture site
// and imports a fresh copy of the module.

const sites = 'tests/fixtures/content/sites';
const originalContentDir = process.env.CONTENT_DIR;
const temporary: string[] = [];

async function gatewayFor(dir: string) {
  process.env.CONTENT_DIR = dir;
  vi.resetModules();
  return import('@/lib/content');
}

/**
 * The ContentError the gateway throws, or a failure if it does not throw one.
 * Checked by name: each test imports a fresh copy of the modules, so the class
 * is not the one imported at the top of this file (which is why it has a name).
 */
function contentErrorFrom(action: () => unknown): ContentError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('ContentError');
    return error as ContentError;
  }
  throw new Error('Expected a ContentError, but the content loaded.');
}

/** A copy of a fixture site that a test may add files to. */
function copyOfSite(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `content-${name}-`));
  temporary.push(dir);
  cpSync(path.join(sites, name), dir, { recursive: true });
  return dir;
}

function writePage(dir: string, folder: string, frontmatter: string[], body: string) {
  mkdirSync(path.join(dir, folder), { recursive: true });
  const lines = [
    '---',
    ...frontmatter,
    'description: A page added by a test.',
    'lastReviewed: "2026-03-02"',
    'nextReview: "2027-03-02"',
    'owner: Cancer rehabilitation content team',
    'audience: patients',
    'sources:',
    '  - publisher: Example Cancer Alliance',
    '    title: Example source',
    '    url: https://example.org/source',
    '---',
    '',
    body,
    '',
  ];
  writeFileSync(path.join(dir, folder, 'index.mdx'), lines.join('\n'));
}

beforeEach(() => {
  delete process.env.CONTENT_DIR;
});

afterEach(() => {
  if (originalContentDir === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = originalContentDir;
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

test('a good site loads with no problems, each page at the address of its folder', async () => {
  const content = await gatewayFor(`${sites}/good`);
  expect(content.loadContent().problems.map(formatProblem)).toEqual([]);
  expect(content.getAllPages().map((page) => page.path).sort()).toEqual([
    '/',
    '/about',
    '/draft-notes',
    '/exercise',
    '/exercise/before-treatment',
  ]);
  const page = content.getPage('/exercise/before-treatment');
  expect(page).toMatchObject({
    slug: ['exercise', 'before-treatment'],
    file: `${sites}/good/exercise/before-treatment/index.mdx`,
  });
  expect(page!.frontmatter.title).toBe('Exercise before treatment');
  expect(content.getSiteSettings().contact.team).toBe('Cancer Support Workers team');
});

test('an address with no page is not found', async () => {
  const content = await gatewayFor(`${sites}/good`);
  expect(content.getPage('/exercise/before')).toBeNull();
  expect(content.getPage('/Exercise')).toBeNull();
});

test('the menu lists pages that have nav, in order, by their menu label or title', async () => {
  const content = await gatewayFor(`${sites}/good`);
  expect(content.getNavigation()).toEqual([
    { label: 'Exercise', href: '/exercise' },
    { label: 'About this information', href: '/about' },
  ]);
});

test('a new page dropped into the folder appears at its folder path, in the menu and in the sitemap', async () => {
  const dir = copyOfSite('good');
  writePage(dir, 'living-well', ['title: Living well after cancer', 'nav:', '  order: 3', '  label: Living well'], 'Small changes can help.');
  writePage(dir, 'living-well/sleep', ['title: Sleeping well'], 'Go to bed at the same time each night.');

  const content = await gatewayFor(dir);
  expect(content.loadContent().problems.map(formatProblem)).toEqual([]);
  expect(content.getPage('/living-well')!.frontmatter.title).toBe('Living well after cancer');
  expect(content.getPage('/living-well/sleep')!.slug).toEqual(['living-well', 'sleep']);
  expect(content.getNavigation().at(-1)).toEqual({ label: 'Living well', href: '/living-well' });
  expect(content.getNavigation().map((item) => item.href)).not.toContain('/living-well/sleep');
  const sitemap = content.getSitemapPaths();
  expect(sitemap).toContainEqual({ path: '/living-well', lastModified: '2026-03-02' });
  expect(sitemap).toContainEqual({ path: '/living-well/sleep', lastModified: '2026-03-02' });
  // It is part of its section, below its parent in the breadcrumbs.
  const parent = content.getPage('/living-well')!;
  expect(content.getChildPages(parent).map((page) => page.path)).toEqual(['/living-well/sleep']);
  expect(content.getBreadcrumbs(content.getPage('/living-well/sleep')!).map((page) => page.path)).toEqual(['/', '/living-well']);
});

test('the sitemap leaves out pages marked noindex', async () => {
  const content = await gatewayFor(`${sites}/good`);
  const paths = content.getSitemapPaths().map((entry) => entry.path);
  expect(paths).toEqual(expect.arrayContaining(['/', '/about', '/exercise', '/exercise/before-treatment', '/search']));
  expect(paths).not.toContain('/draft-notes');
  expect(content.getPage('/draft-notes')).not.toBeNull();
});

test('pages in a section are listed by their order, then by title', async () => {
  const dir = copyOfSite('good');
  writePage(dir, 'exercise/after-treatment', ['title: Exercise after treatment'], 'Start gently.');
  writePage(dir, 'exercise/at-home', ['title: Exercise at home', 'order: 0'], 'You need no equipment.');
  const content = await gatewayFor(dir);
  const children = content.getChildPages(content.getPage('/exercise')!).map((page) => page.path);
  expect(children).toEqual(['/exercise/at-home', '/exercise/before-treatment', '/exercise/after-treatment']);
});

test('a site with several bad files reports every problem at once, each with its file and line', async () => {
  const content = await gatewayFor(`${sites}/many-problems`);
  const error = contentErrorFrom(() => content.getAllPages());
  expect(error.name).toBe('ContentError');
  const base = `${sites}/many-problems`;
  const expected: Array<Pick<Problem, 'file' | 'line' | 'column' | 'field'> & { message: RegExp }> = [
    { file: `${base}/bad-yaml/index.mdx`, line: 2, message: /^This is not valid YAML/ },
    { file: `${base}/broken/index.mdx`, line: 14, column: 1, message: /^This page is not valid MDX/ },
    { file: `${base}/missing-title/index.mdx`, line: 2, field: 'title', message: /^Expected a title/ },
    { file: `${base}/missing-title/index.mdx`, line: 3, field: 'lastReviewed', message: /must be in quotes/ },
    { file: `${base}/missing-title/index.mdx`, line: 6, field: 'audience', message: /^Expected one of: patients/ },
    { file: `${base}/no-frontmatter/index.mdx`, line: 1, message: /^The page has no frontmatter/ },
    { file: `${base}/unsafe/index.mdx`, line: 16, column: 1, message: /^<script> could run code/ },
    { file: `${base}/unsafe/index.mdx`, line: 18, column: 21, message: /^Links starting with "javascript:"/ },
  ];
  for (const { message, ...where } of expected) {
    expect(error.problems, `no problem matching ${message}`).toContainEqual(expect.objectContaining({ ...where, message: expect.stringMatching(message) }));
  }
  expect(error.problems).toHaveLength(expected.length);
  for (const problem of error.problems) {
    expect(problem.line, formatProblem(problem)).toBeGreaterThan(0);
    expect(problem.fix, formatProblem(problem)).toBeTruthy();
  }
  // The message printed when the build stops lists them all.
  expect(error.message).toMatch(/^8 problems in the content:/);
  for (const problem of error.problems) expect(error.message).toContain(formatProblem(problem));
});

test('one bad page does not stop the others being read: every page with valid frontmatter is kept', async () => {
  const content = await gatewayFor(`${sites}/many-problems`);
  // /broken and /unsafe have MDX problems (reported above) but valid frontmatter.
  expect(content.loadContent().pages.map((page) => page.path).sort()).toEqual(['/', '/broken', '/unsafe']);
});

test('a folder name that cannot be part of a web address is reported, with the fix', async () => {
  const content = await gatewayFor(`${sites}/bad-folder-name`);
  const error = contentErrorFrom(() => content.getAllPages());
  expect(error.problems).toEqual([
    expect.objectContaining({
      file: `${sites}/bad-folder-name/Exercise_Classes/index.mdx`,
      message: 'The folder name "Exercise_Classes" cannot be part of a web address.',
      fix: expect.stringContaining('lower-case letters, numbers and hyphens'),
    }),
  ]);
});

test('two pages with the same title are reported, naming both files, whatever their capitals', async () => {
  const content = await gatewayFor(`${sites}/duplicate-titles`);
  const error = contentErrorFrom(() => content.getAllPages());
  expect(error.problems).toHaveLength(1);
  expect(error.problems[0]).toMatchObject({ file: `${sites}/duplicate-titles/exercise-classes/index.mdx`, line: 2, field: 'title' });
  expect(error.problems[0]!.message).toContain(`${sites}/duplicate-titles/exercise/index.mdx`);
  expect(error.problems[0]!.fix).toMatch(/says how it differs/);
});

test('a missing site.yaml is reported', async () => {
  const dir = copyOfSite('good');
  rmSync(path.join(dir, 'site.yaml'));
  const content = await gatewayFor(dir);
  const error = contentErrorFrom(() => content.getSiteSettings());
  expect(error.problems[0]!.message).toBe('The site settings file is missing.');
});

test('an old address in redirectFrom that is already another page is reported', async () => {
  const dir = copyOfSite('good');
  writePage(dir, 'moving', ['title: A page that moved', 'redirectFrom:', '  - /about'], 'Text.');
  const content = await gatewayFor(dir);
  const error = contentErrorFrom(() => content.getAllPages());
  expect(error.problems[0]).toMatchObject({ field: 'redirectFrom' });
  expect(error.problems[0]!.message).toContain('/about');
});
