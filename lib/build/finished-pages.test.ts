import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { finishedPagesDir, frontmatterOf, keepFinishedPages, pagesToRender, sharedInputsKey } from './finished-pages';

// Each test builds a small project: code, content, a stylesheet Next made,
// and an export (out/) holding the pages Next rendered.

const originalNow = process.env.SITE_NOW;
afterEach(() => {
  if (originalNow === undefined) delete process.env.SITE_NOW;
  else process.env.SITE_NOW = originalNow;
});

const page = (slug: string, title: string, body: string) => ({
  path: slug === '' ? '/' : `/${slug}`,
  file: `content/${slug ? `${slug}/` : ''}index.mdx`,
  source: `---\ntitle: ${title}\n---\n\n${body}\n`,
});

type Source = ReturnType<typeof page>;

function project(pages: Source[]) {
  const root = mkdtempSync(path.join(tmpdir(), 'finished-pages-'));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  write('lib/render.ts', 'export const render = 1;');
  write('lib/render.test.ts', 'test("a test", () => {});');
  write('.next/static/chunks/site.abc123.css', 'body{}');
  write('content/site.yaml', 'name: Test site\n');
  for (const each of pages) write(each.file, each.source);
  /** What Next and the post-build step leave in out/ for the pages rendered this time. */
  const render = (rendered: Source[]) => {
    rmSync(path.join(root, 'out'), { recursive: true, force: true });
    for (const each of rendered) write(`out${each.path === '/' ? '/index' : each.path}.html`, `<h1>${each.source}</h1>`);
  };
  return { root, write, render, out: path.join(root, 'out'), options: { root, production: true } };
}

const home = page('', 'Home', 'Welcome.');
const fatigue = page('fatigue', 'Fatigue', 'Rest when you need to.');
const exercise = page('exercise', 'Exercise', 'Move a little each day.');

test('frontmatterOf keeps the frontmatter and drops the body', () => {
  expect(frontmatterOf('---\ntitle: A\n---\n\nBody text.\n')).toBe('---\ntitle: A\n---\n');
  expect(frontmatterOf('---\r\ntitle: A\r\n---\r\nBody')).toBe('---\r\ntitle: A\r\n---\r\n');
  expect(frontmatterOf('No frontmatter at all.')).toBe('No frontmatter at all.');
});

test('the shared key ignores a page body, but not a title, the code, the stylesheet, the settings or the day', () => {
  const site = project([home, fatigue]);
  const before = sharedInputsKey(site.root);
  site.write(fatigue.file, fatigue.source.replace('Rest when', 'Sleep and rest when'));
  site.write('lib/render.test.ts', 'test("another test", () => {});');
  expect(sharedInputsKey(site.root)).toBe(before);

  const changes: Array<[string, () => void]> = [
    ['a title (the menu and breadcrumbs show it)', () => site.write(fatigue.file, fatigue.source.replace('title: Fatigue', 'title: Tiredness'))],
    ['the code', () => site.write('lib/render.ts', 'export const render = 2;')],
    ['a patch to an installed package', () => site.write('patches/next+16.4.5.patch', '+    return new Map();\n')],
    ['the stylesheet', () => rmSync(path.join(site.root, '.next/static/chunks/site.abc123.css'))],
    ['the settings', () => site.write('content/site.yaml', 'name: Another name\n')],
    ['the day', () => (process.env.SITE_NOW = '2031-01-02T12:00:00Z')],
  ];
  const seen = new Set([before]);
  for (const [what, change] of changes) {
    change();
    const key = sharedInputsKey(site.root);
    expect(seen.has(key), `changing ${what} should change the key`).toBe(false);
    seen.add(key);
  }
});

test('a first build renders every page; the next renders only the page whose body changed, and gets the rest back', () => {
  const site = project([home, fatigue, exercise]);
  expect(pagesToRender([home, fatigue, exercise], site.options)).toEqual([home, fatigue, exercise]);
  site.render([home, fatigue, exercise]);
  expect(keepFinishedPages([home, fatigue, exercise], site.out, site.options)).toEqual({ rendered: 3, reused: 0 });

  const changed = { ...exercise, source: exercise.source.replace('a little', 'a little more') };
  site.write(changed.file, changed.source);
  expect(pagesToRender([home, fatigue, changed], site.options)).toEqual([changed]);
  site.render([changed]);
  expect(keepFinishedPages([home, fatigue, changed], site.out, site.options)).toEqual({ rendered: 1, reused: 2 });
  expect(readFileSync(path.join(site.out, 'index.html'), 'utf8')).toBe(`<h1>${home.source}</h1>`);
  expect(readFileSync(path.join(site.out, 'fatigue.html'), 'utf8')).toBe(`<h1>${fatigue.source}</h1>`);
  expect(readFileSync(path.join(site.out, 'exercise.html'), 'utf8')).toContain('a little more');
});

test('with every page kept, Next still renders one (it will not export a route with none)', () => {
  const site = project([home, fatigue]);
  site.render([home, fatigue]);
  keepFinishedPages([home, fatigue], site.out, site.options);
  expect(pagesToRender([home, fatigue], site.options)).toEqual([home]);
});

test('before Next has built the stylesheet, every page renders, as the key cannot tell stylesheets apart', () => {
  const site = project([home, fatigue]);
  site.render([home, fatigue]);
  keepFinishedPages([home, fatigue], site.out, site.options);
  rmSync(path.join(site.root, '.next/static'), { recursive: true });
  expect(pagesToRender([home, fatigue], site.options)).toEqual([home, fatigue]);
});

test('npm run dev renders every page, kept or not', () => {
  const site = project([home, fatigue]);
  site.render([home, fatigue]);
  keepFinishedPages([home, fatigue], site.out, site.options);
  expect(pagesToRender([home, fatigue], { root: site.root, production: false })).toEqual([home, fatigue]);
});

test('a changed title makes every page render again, as each shows it in the menu or breadcrumbs', () => {
  const site = project([home, fatigue, exercise]);
  site.render([home, fatigue, exercise]);
  keepFinishedPages([home, fatigue, exercise], site.out, site.options);
  site.write(fatigue.file, fatigue.source.replace('title: Fatigue', 'title: Tiredness'));
  const renamed = { ...fatigue, source: fatigue.source.replace('title: Fatigue', 'title: Tiredness') };
  expect(pagesToRender([home, renamed, exercise], site.options)).toEqual([home, renamed, exercise]);
});

test('a kept page keeps its bytes when a build changes its pages in the export', () => {
  const site = project([home, fatigue]);
  site.render([home, fatigue]);
  keepFinishedPages([home, fatigue], site.out, site.options);
  // The next build: Next renders the home page only, the post-build step puts the other back, then something changes both.
  site.render([home]);
  keepFinishedPages([home, fatigue], site.out, site.options);
  writeFileSync(path.join(site.out, 'index.html'), 'changed in place');
  writeFileSync(path.join(site.out, 'fatigue.html'), 'changed in place');
  // The build after that gets the page as it was finished.
  site.render([home]);
  keepFinishedPages([home, fatigue], site.out, site.options);
  expect(readFileSync(path.join(site.out, 'fatigue.html'), 'utf8')).toBe(`<h1>${fatigue.source}</h1>`);
});

test('pages with no file of their own (the directory’s) are kept and put back each at its own address', () => {
  const area = { path: '/local-support/area/lambeth', file: 'app/local-support/[...path]/page.tsx', source: '' };
  const need = { path: '/local-support/need/tiredness', file: 'app/local-support/[...path]/page.tsx', source: '' };
  const site = project([home]);
  site.write('out/local-support/area/lambeth.html', 'Lambeth');
  site.write('out/local-support/need/tiredness.html', 'Tiredness');
  expect(keepFinishedPages([area, need], site.out, site.options)).toEqual({ rendered: 2, reused: 0 });
  expect(pagesToRender([area, need], site.options)).toEqual([area]);
  site.render([]);
  site.write('out/local-support/area/lambeth.html', 'Lambeth');
  expect(keepFinishedPages([area, need], site.out, site.options)).toEqual({ rendered: 1, reused: 1 });
  expect(readFileSync(path.join(site.out, 'local-support/need/tiredness.html'), 'utf8')).toBe('Tiredness');
});

test('a page neither rendered nor kept stops the build, and says which', () => {
  const site = project([home, fatigue]);
  site.render([home]);
  expect(() => keepFinishedPages([home, fatigue], site.out, site.options)).toThrow(/1 page\(s\) neither rendered by Next nor kept.*\n\/fatigue \(content\/fatigue\/index\.mdx\)/);
});

test('the post-build step uses the key next build chose its pages by, even after midnight', () => {
  const site = project([home, fatigue]);
  process.env.SITE_NOW = '2030-06-11T22:59:00Z';
  site.render([home, fatigue]);
  pagesToRender([home, fatigue], site.options);
  keepFinishedPages([home, fatigue], site.out, site.options);
  // The next build chooses just before midnight in London, and finishes after it.
  expect(pagesToRender([home, fatigue], site.options)).toEqual([home]);
  site.render([home]);
  process.env.SITE_NOW = '2030-06-11T23:01:00Z';
  expect(keepFinishedPages([home, fatigue], site.out, site.options)).toEqual({ rendered: 1, reused: 1 });
});

test('only this build’s pages are kept, and the pages of the two sites built most recently before it', () => {
  const site = project([home, fatigue]);
  const sets = () => readdirSync(finishedPagesDir(site.root));
  const build = (day: string) => {
    process.env.SITE_NOW = `2030-06-${day}T12:00:00Z`;
    pagesToRender([home, fatigue], site.options);
    site.render([home, fatigue]);
    keepFinishedPages([home, fatigue], site.out, site.options);
    const set = path.join(finishedPagesDir(site.root), sharedInputsKey(site.root));
    // Each build a minute after the last, whatever the file system's clock does.
    const minute = new Date(Date.UTC(2030, 5, Number(day), 12));
    utimesSync(set, minute, minute);
    return path.basename(set);
  };
  const [first, second, third, fourth] = ['01', '02', '03', '04'].map(build);
  expect(sets().sort()).toEqual([second, third, fourth].sort());
  expect(sets()).not.toContain(first);

  // A page that is gone is not kept.
  process.env.SITE_NOW = '2030-06-04T12:00:00Z';
  site.render([home]);
  keepFinishedPages([home], site.out, site.options);
  expect(readdirSync(path.join(finishedPagesDir(site.root), fourth!))).toHaveLength(1);
  expect(existsSync(path.join(finishedPagesDir(site.root), fourth!))).toBe(true);
});
