import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { brotliQuality, precompress } from './compress';

function site(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'compress-test-'));
  for (const [name, data] of Object.entries(files)) writeFileSync(path.join(dir, name), data);
  return dir;
}

test('writes .br and .gz beside a text file, each decoding to the file', async () => {
  const html = `<!doctype html><p>${'Cancer rehabilitation helps you. '.repeat(200)}</p>`;
  const dir = site({ 'page.html': html });
  await precompress(dir);
  expect(brotliDecompressSync(readFileSync(path.join(dir, 'page.html.br'))).toString()).toBe(html);
  expect(gunzipSync(readFileSync(path.join(dir, 'page.html.gz'))).toString()).toBe(html);
});

test('leaves out a copy that would not be smaller, and never compresses images or video', async () => {
  const dir = site({ 'tiny.txt': 'a', 'photo.png': Buffer.alloc(5000), 'clip.webm': Buffer.alloc(5000) });
  await precompress(dir);
  for (const name of ['tiny.txt.br', 'tiny.txt.gz', 'photo.png.gz', 'photo.png.br', 'clip.webm.gz']) {
    expect(existsSync(path.join(dir, name)), name).toBe(false);
  }
});

test('removes stale copies from an earlier build', async () => {
  const dir = site({ 'old.css.gz': 'stale', 'old.css.br': 'stale' });
  await precompress(dir);
  expect(existsSync(path.join(dir, 'old.css.gz'))).toBe(false);
  expect(existsSync(path.join(dir, 'old.css.br'))).toBe(false);
});

test('with a cache, a file compressed by an earlier build is reused, and a changed file is compressed afresh', async () => {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'compress-cache-'));
  const first = `<!doctype html><p>${'Your care plan belongs to you. '.repeat(200)}</p>`;
  const dir = site({ 'page.html': first, 'other.html': `<p>${'Ask your team. '.repeat(200)}</p>` });
  expect((await precompress(dir, cacheDir)).fromCache).toBe(0);
  expect((await precompress(dir, cacheDir)).fromCache).toBe(2);
  const changed = first.replace('belongs to', 'is made with');
  writeFileSync(path.join(dir, 'page.html'), changed);
  const report = await precompress(dir, cacheDir);
  expect(report.fromCache).toBe(1);
  expect(brotliDecompressSync(readFileSync(path.join(dir, 'page.html.br'))).toString()).toBe(changed);
  expect(gunzipSync(readFileSync(path.join(dir, 'page.html.gz'))).toString()).toBe(changed);
  // Only this build's copies are kept: the old page's are gone.
  expect(readdirSync(cacheDir)).toHaveLength(4);
});

test('a build’s copies stay whole when a later build clears them from the cache', async () => {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'compress-cache-'));
  const html = `<!doctype html><p>${'Exercise helps with tiredness. '.repeat(200)}</p>`;
  const built = site({ 'page.html': html });
  await precompress(built, cacheDir);
  // Another build with other pages keeps only its own copies in the cache.
  await precompress(site({ 'other.html': `<p>${'Ask your team. '.repeat(200)}</p>` }), cacheDir);
  expect(readdirSync(cacheDir)).toHaveLength(2);
  expect(brotliDecompressSync(readFileSync(path.join(built, 'page.html.br'))).toString()).toBe(html);
  expect(gunzipSync(readFileSync(path.join(built, 'page.html.gz'))).toString()).toBe(html);
});

test('the stylesheet and islands get brotli’s highest quality; pages and other files, fetched once each, quality 8', () => {
  expect(brotliQuality('out/_next/static/chunks/site.css')).toBe(11);
  expect(brotliQuality('out/islands/search.1a2b3c4d.js')).toBe(11);
  expect(brotliQuality('out/living-well/tiredness.html')).toBe(8);
  expect(brotliQuality('out/search-index/1a2b3c4d/manifest.json')).toBe(8);
});
