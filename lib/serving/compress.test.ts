import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { precompress } from './compress';

function site(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'compress-test-'));
  for (const [name, data] of Object.entries(files)) writeFileSync(path.join(dir, name), data);
  return dir;
}

test('writes .br and .gz beside a text file, each decoding to the file', () => {
  const html = `<!doctype html><p>${'Cancer rehabilitation helps you. '.repeat(200)}</p>`;
  const dir = site({ 'page.html': html });
  precompress(dir);
  expect(brotliDecompressSync(readFileSync(path.join(dir, 'page.html.br'))).toString()).toBe(html);
  expect(gunzipSync(readFileSync(path.join(dir, 'page.html.gz'))).toString()).toBe(html);
});

test('leaves out a copy that would not be smaller, and never compresses images or video', () => {
  const dir = site({ 'tiny.txt': 'a', 'photo.png': Buffer.alloc(5000), 'clip.webm': Buffer.alloc(5000) });
  precompress(dir);
  for (const name of ['tiny.txt.br', 'tiny.txt.gz', 'photo.png.gz', 'photo.png.br', 'clip.webm.gz']) {
    expect(existsSync(path.join(dir, name)), name).toBe(false);
  }
});

test('removes stale copies from an earlier build', () => {
  const dir = site({ 'old.css.gz': 'stale', 'old.css.br': 'stale' });
  precompress(dir);
  expect(existsSync(path.join(dir, 'old.css.gz'))).toBe(false);
  expect(existsSync(path.join(dir, 'old.css.br'))).toBe(false);
});
