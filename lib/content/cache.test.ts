import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Root } from 'mdast';
import { beforeAll, expect, test, vi } from 'vitest';
import type { Content } from './load';
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
