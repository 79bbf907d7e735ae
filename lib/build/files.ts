import type { Hash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes a file whole, then renames it into place (making its folder if
 * need be): the build's processes share the caches, and none may read a
 * half-written file, or find one left by a build that was stopped.
 */
export function writeFileAtomically(file: string, data: string | NodeJS.ArrayBufferView): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, data);
  renameSync(partial, file);
}

/** Every file below a folder, as full paths, in a stable order. */
export function listFiles(dir: string): string[] {
  // Each entry's type comes with the listing, so there is no stat per file:
  // the post-build step walks out/ (10,000 files at 1,000 pages) five times.
  // A symbolic link is followed, as stat would.
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      const isDirectory = entry.isSymbolicLink() ? statSync(full).isDirectory() : entry.isDirectory();
      return isDirectory ? listFiles(full) : [full];
    });
}

/**
 * Puts a cache's file at `target` without writing its bytes again: a hard
 * link, or a copy where the two are on different disks. Only for files that
 * nothing writes in place: the caches write a new file and rename it over
 * (writeFileAtomically), so a build's links keep their bytes.
 */
export function linkOrCopy(source: string, target: string): void {
  // Never into a file already there: it may be a link to another cached file.
  rmSync(target, { force: true });
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}

/** A file's bytes, for hashing it whole. */
export const fileBytes = (file: string): Buffer => readFileSync(file);

/** A file's size, for hashing large files (the video) by name and size only. */
export const fileSize = (file: string): string => String(statSync(file).size);

/**
 * Feeds every file below `dir` into a cache key: its name (from `root`),
 * then what `read` gives for it (its bytes, its size, a part of it). A
 * missing folder adds nothing.
 */
export function hashTree(
  hash: Hash,
  dir: string,
  root: string,
  read: (file: string) => string | Buffer,
  filter: (file: string) => boolean = () => true,
): void {
  if (!existsSync(dir)) return;
  for (const file of listFiles(dir)) {
    if (!filter(file)) continue;
    hash.update(path.relative(root, file));
    hash.update('\0');
    hash.update(read(file));
    hash.update('\0');
  }
}
