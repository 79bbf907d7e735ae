import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Root } from 'mdast';
import { beforeAll, expect, test, vi } from 'vitest';
import type { Content, Page } from './load';
import { contentKey, pageResultCache, readContentCache, writeContentCache } from './cache';

// The real content, loaded once the ordinary way, then stored and read back.
let content: Content;
let analyse: (source: string, file: string) => Root;

beforeAll(async () => {
  delete process.env.CONTENT_DIR;
  vi.resetModules();
  content = (await import('./load')).loadContent();
  const { analyseMdx } = await import('../mdx/analyse');
  analyse = (source, file) => analyseMdx(source, file).tree;
}, 120_000);

function copyOfContent(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'content-key-'));
  cpSync(path.resolve('content'), dir, { recursive: true });
  return dir;
}

test('content read back from the cache is the content as loaded: pages, settings, videos, sessions and problems', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'content-cache-'));
  writeContentCache('key', dir, content);
  const back = readContentCache('key', dir, analyse)!;
  expect(back.pages.map((page) => page.path)).toEqual(content.pages.map((page) => page.path));
  expect(back.settings).toEqual(content.settings);
  expect(back.sessions).toEqual(content.sessions);
  expect(back.services).toEqual(content.services);
  expect([...back.videos.keys()]).toEqual([...content.videos.keys()]);
  expect(back.problems).toEqual(content.problems);
  const [page, original] = [back.pages[1]!, content.pages[1]!];
  expect(page.frontmatter).toEqual(original.frontmatter);
  expect(page.headings).toEqual(original.headings);
  expect(page.sections).toEqual(original.sections);
  // Messages still point at the right line of the frontmatter.
  expect(page.lineOf('title')).toBe(original.lineOf('title'));
  expect(page.lineOf('description')).toBe(original.lineOf('description'));
});

test('the MDX tree, which the editors’ checks need, is parsed again when asked for', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'content-cache-'));
  writeContentCache('key', dir, content);
  const back = readContentCache('key', dir, analyse)!;
  expect(JSON.stringify(back.pages[0]!.tree)).toBe(JSON.stringify(content.pages[0]!.tree));
});

test('storing content read back from the cache does not parse its pages again', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'content-cache-'));
  writeContentCache('key', dir, content);
  let parsed = 0;
  const back = readContentCache('key', dir, (source, file) => {
    parsed++;
    return analyse(source, file);
  })!;
  writeContentCache('again', dir, back);
  expect(parsed).toBe(0);
  expect(readContentCache('again', dir, analyse)!.pages.map((page) => page.path)).toEqual(content.pages.map((page) => page.path));
});

test('a different key, or no cache, is a miss', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'content-cache-'));
  expect(readContentCache('key', dir, analyse)).toBeUndefined();
  writeContentCache('key', dir, content);
  expect(readContentCache('other', dir, analyse)).toBeUndefined();
});

test('a damaged cache file is a miss, not a crash', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'content-cache-'));
  writeFileSync(path.join(dir, 'key.bin'), 'not a cache');
  expect(readContentCache('key', dir, analyse)).toBeUndefined();
});

test('the key changes when any content file changes, so changed content is always read and checked again', () => {
  const dir = copyOfContent();
  const before = contentKey(dir);
  expect(contentKey(dir)).toBe(before);
  writeFileSync(path.join(dir, 'about', 'index.mdx'), 'changed');
  expect(contentKey(dir)).not.toBe(before);
});

test('the key changes when our patch to an installed package changes, as it may change how content loads', () => {
  const dir = copyOfContent();
  const root = mkdtempSync(path.join(os.tmpdir(), 'content-key-root-'));
  mkdirSync(path.join(root, 'patches'));
  writeFileSync(path.join(root, 'patches', 'yaml+2.9.1.patch'), '+ one change\n');
  const before = contentKey(dir, root);
  writeFileSync(path.join(root, 'patches', 'yaml+2.9.1.patch'), '+ another change\n');
  expect(contentKey(dir, root)).not.toBe(before);
});

test('the key changes when a new file appears in content/', () => {
  const dir = copyOfContent();
  const before = contentKey(dir);
  writeFileSync(path.join(dir, 'new-file.yaml'), 'a: 1');
  expect(contentKey(dir)).not.toBe(before);
});

test('the editors’ checks of a page are kept between builds, and run again when the page changes', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'page-checks-'));
  const vitest = process.env.VITEST;
  delete process.env.VITEST;
  try {
    let runs = 0;
    const check = () => ++runs;
    const first = pageResultCache<number>('page-checks', root);
    first.get('content/a/index.mdx', 'Text', check);
    first.save();
    const second = pageResultCache<number>('page-checks', root);
    expect(second.get('content/a/index.mdx', 'Text', check)).toBe(1);
    expect(runs).toBe(1);
    expect(second.get('content/a/index.mdx', 'Changed text', check)).toBe(2);
    expect(runs).toBe(2);
  } finally {
    process.env.VITEST = vitest;
  }
});

test('publishing a page (which adds to published-urls.txt) does not make the next build load the content again', () => {
  const dir = copyOfContent();
  const before = contentKey(dir);
  writeFileSync(path.join(dir, 'published-urls.txt'), '/a-new-page\n', { flag: 'a' });
  expect(contentKey(dir)).toBe(before);
});

test('after one page changes, a full load reads that page again and takes the others as they were read before', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'page-reads-'));
  cpSync(path.resolve('content'), path.join(root, 'content'), { recursive: true });
  const [cwd, vitest] = [process.cwd(), process.env.VITEST];
  const load = async () => {
    vi.resetModules();
    return (await import('./load')).loadContent();
  };
  try {
    process.chdir(root);
    delete process.env.VITEST;
    const first = await load();
    const about = path.join(root, 'content', 'about', 'index.mdx');
    writeFileSync(about, readFileSync(about, 'utf8').replace(/\n## /, '\nA sentence added by an editor.\n\n## '));
    const second = await load();
    expect(second.pages.map((page) => page.path)).toEqual(first.pages.map((page) => page.path));
    const isStored = (page: Page) => typeof Object.getOwnPropertyDescriptor(page, 'tree')?.get === 'function';
    const changed = second.pages.find((page) => page.path === '/about')!;
    expect(changed.text).toContain('A sentence added by an editor.');
    expect(isStored(changed)).toBe(false);
    for (const page of second.pages.filter((page) => page.path !== '/about')) {
      expect(isStored(page), page.path).toBe(true);
      const before = first.pages.find((other) => other.path === page.path)!;
      expect(page.frontmatter).toEqual(before.frontmatter);
      expect(page.sections).toEqual(before.sections);
      expect(page.lineOf('title')).toBe(before.lineOf('title'));
    }
    expect(second.problems).toEqual(first.problems);
  } finally {
    process.chdir(cwd);
    process.env.VITEST = vitest;
    vi.resetModules();
  }
}, 120_000);
