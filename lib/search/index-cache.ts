import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FORMAT_VERSION } from './format';
import { buildSearchIndex, type BuiltIndex, type SearchDoc } from './index-builder';

/** The code that turns documents into the index: a change to any of it must rebuild the index. */
const builderFiles = ['index-builder.ts', 'options.ts', 'spelling.ts', 'format.ts'];

/** Where the build keeps the last index it made. */
export function searchIndexCacheDir(root = process.cwd()): string {
  return path.join(root, '.cache', 'search-index');
}

/** The last index built, as the cache keeps it: its files are in `filesDir`. */
export type StoredIndex = { version: string; bytes: number; names: string[]; filesDir: string; cached: boolean };

/**
 * buildSearchIndex, skipped when nothing it reads has changed: the
 * documents and the builder's code are hashed, and the files of the last
 * index built from them are kept in `cacheDir`. At 1,000 pages building
 * the index takes seconds; a warm build should not pay that again. Gives
 * where the files are, not their text: the post-build step links them.
 */
export function storedSearchIndex(docs: readonly SearchDoc[], cacheDir: string, sourceDir = path.join(process.cwd(), 'lib', 'search')): StoredIndex {
  const hash = createHash('sha256').update(`${FORMAT_VERSION}\0${JSON.stringify(docs)}`);
  for (const file of builderFiles) hash.update(existsSync(path.join(sourceDir, file)) ? readFileSync(path.join(sourceDir, file)) : file);
  const dir = path.join(cacheDir, hash.digest('hex').slice(0, 24));
  const meta = path.join(dir, 'built.json');
  const filesDir = path.join(dir, 'files');
  if (existsSync(meta)) {
    const { version, bytes, names } = JSON.parse(readFileSync(meta, 'utf8')) as { version: string; bytes: number; names: string[] };
    return { version, bytes, names, filesDir, cached: true };
  }
  const built = buildSearchIndex(docs);
  // Only the latest index is kept; written to a temporary folder and renamed, so a stopped build leaves no half index.
  rmSync(cacheDir, { recursive: true, force: true });
  const partial = `${dir}.${process.pid}.tmp`;
  mkdirSync(path.join(partial, 'files'), { recursive: true });
  for (const [name, text] of built.files) writeFileSync(path.join(partial, 'files', name), text);
  const names = [...built.files.keys()];
  writeFileSync(path.join(partial, 'built.json'), JSON.stringify({ version: built.version, bytes: built.bytes, names }));
  renameSync(partial, dir);
  return { version: built.version, bytes: built.bytes, names, filesDir, cached: false };
}

/** storedSearchIndex, with each file's text (what `npm run dev` serves). */
export function buildSearchIndexCached(docs: readonly SearchDoc[], cacheDir: string, sourceDir?: string): BuiltIndex & { cached: boolean } {
  const { version, bytes, names, filesDir, cached } = storedSearchIndex(docs, cacheDir, sourceDir);
  const files = new Map(names.map((name) => [name, readFileSync(path.join(filesDir, name), 'utf8')]));
  return { files, bytes, version, cached };
}

