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

/**
 * buildSearchIndex, skipped when nothing it reads has changed: the
 * documents and the builder's code are hashed, and the files of the last
 * index built from them are kept in `cacheDir`. At 1,000 pages building
 * the index takes seconds; a warm build should not pay that again.
 */
export function buildSearchIndexCached(
  docs: readonly SearchDoc[],
  cacheDir: string,
  sourceDir = path.join(process.cwd(), 'lib', 'search'),
): BuiltIndex & { cached: boolean; /** The folder in the cache holding each file, for linking (lib/build/files.ts). */ filesDir: string } {
  const hash = createHash('sha256').update(`${FORMAT_VERSION}\0${JSON.stringify(docs)}`);
  for (const file of builderFiles) hash.update(existsSync(path.join(sourceDir, file)) ? readFileSync(path.join(sourceDir, file)) : file);
  const dir = path.join(cacheDir, hash.digest('hex').slice(0, 24));
  const meta = path.join(dir, 'built.json');
  if (existsSync(meta)) {
    const { version, bytes, names } = JSON.parse(readFileSync(meta, 'utf8')) as { version: string; bytes: number; names: string[] };
    const files = new Map(names.map((name) => [name, readFileSync(path.join(dir, 'files', name), 'utf8')]));
    return { files, bytes, version, cached: true, filesDir: path.join(dir, 'files') };
  }
  const built = buildSearchIndex(docs);
  // Only the latest index is kept; written to a temporary folder and renamed, so a stopped build leaves no half index.
  rmSync(cacheDir, { recursive: true, force: true });
  const partial = `${dir}.${process.pid}.tmp`;
  mkdirSync(path.join(partial, 'files'), { recursive: true });
  for (const [name, text] of built.files) writeFileSync(path.join(partial, 'files', name), text);
  writeFileSync(path.join(partial, 'built.json'), JSON.stringify({ version: built.version, bytes: built.bytes, names: [...built.files.keys()] }));
  renameSync(partial, dir);
  return { ...built, cached: false, filesDir: path.join(dir, 'files') };
}

