import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { searchDocs } from '@/tests/fixtures/search/docs';
import { buildSearchIndex } from './index-builder';
import { buildSearchIndexCached, storedSearchIndex } from './index-cache';

test('builds the index once; the next build with the same documents reads the same files from the cache', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'search-cache-'));
  const first = buildSearchIndexCached(searchDocs, dir);
  const second = buildSearchIndexCached(searchDocs, dir);
  expect(first.cached).toBe(false);
  expect(second.cached).toBe(true);
  expect(second.version).toBe(buildSearchIndex(searchDocs).version);
  expect([...second.files]).toEqual([...buildSearchIndex(searchDocs).files]);
});

test('a changed document builds a new index', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'search-cache-'));
  buildSearchIndexCached(searchDocs, dir);
  const changed = searchDocs.map((doc, i) => (i === 0 ? { ...doc, title: 'A new title' } : doc));
  const rebuilt = buildSearchIndexCached(changed, dir);
  expect(rebuilt.cached).toBe(false);
  expect(rebuilt.version).toBe(buildSearchIndex(changed).version);
});

test('the stored index names every file of the index, and each file in the cache holds its text', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'search-cache-'));
  const built = buildSearchIndex(searchDocs);
  for (const stored of [storedSearchIndex(searchDocs, dir), storedSearchIndex(searchDocs, dir)]) {
    expect(stored.version).toBe(built.version);
    expect(stored.bytes).toBe(built.bytes);
    expect(stored.names.map((name) => [name, readFileSync(path.join(stored.filesDir, name), 'utf8')])).toEqual([...built.files]);
  }
});
