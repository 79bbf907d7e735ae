import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { linkOrCopy, listFiles, writeFileAtomically } from './files';

const folder = () => mkdtempSync(path.join(tmpdir(), 'files-test-'));

test('listFiles gives every file below a folder, in the same order every time, through linked folders too', () => {
  const dir = folder();
  mkdirSync(path.join(dir, 'b', 'deeper'), { recursive: true });
  for (const name of ['z.html', 'a.html', 'b/deeper/page.html', 'b/index.html', 'B.txt']) writeFileSync(path.join(dir, name), name);
  const elsewhere = folder();
  writeFileSync(path.join(elsewhere, 'video.vtt'), 'WEBVTT');
  symlinkSync(elsewhere, path.join(dir, 'linked'));
  const relative = listFiles(dir).map((file) => path.relative(dir, file).split(path.sep).join('/'));
  expect(relative).toEqual(['B.txt', 'a.html', 'b/deeper/page.html', 'b/index.html', 'linked/video.vtt', 'z.html']);
});

test('linkOrCopy puts a cached file in place, and it keeps its bytes when the cache replaces or removes its own', () => {
  const cache = folder();
  const out = folder();
  const cached = path.join(cache, 'page.html.br');
  writeFileAtomically(cached, 'first');
  linkOrCopy(cached, path.join(out, 'page.html.br'));
  expect(readFileSync(path.join(out, 'page.html.br'), 'utf8')).toBe('first');
  writeFileAtomically(cached, 'second');
  expect(readFileSync(path.join(out, 'page.html.br'), 'utf8')).toBe('first');
  rmSync(cached);
  expect(readFileSync(path.join(out, 'page.html.br'), 'utf8')).toBe('first');
});

test('linkOrCopy replaces a file already at the target, and never writes into it (it may be another cached file)', () => {
  const cache = folder();
  const out = folder();
  writeFileSync(path.join(cache, 'old.json'), '{"old":true}');
  writeFileSync(path.join(cache, 'new.json'), '{"new":true}');
  linkOrCopy(path.join(cache, 'old.json'), path.join(out, 'manifest.json'));
  linkOrCopy(path.join(cache, 'new.json'), path.join(out, 'manifest.json'));
  expect(readFileSync(path.join(out, 'manifest.json'), 'utf8')).toBe('{"new":true}');
  expect(readFileSync(path.join(cache, 'old.json'), 'utf8')).toBe('{"old":true}');
});
