import { createHash, type Hash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Root } from 'mdast';
import type { Content, Page } from './load';
import { fileBytes, fileSize, hashTree, writeFileAtomically } from '../build/files';

/**
 * The build cache of the content gateway (lib/content/): content/ read,
 * parsed and validated once per build, then shared.
 *
 * `npm run build` runs three kinds of process: the content check, Next's
 * page workers (one per core) and the post-build step. Each used to read,
 * parse and check all of content/ itself; at 1,000 pages that was most of
 * a warm build. The first to load the content writes it here; the others
 * read it back in a fraction of the time.
 *
 * The key is a hash of everything loading reads or runs: every file in
 * content/ and public/, the gateway's own code (all of lib/) and the
 * installed packages (package-lock.json and patches/). Any change there is a miss and a
 * full, checked load: the cache can make a build faster, never let invalid
 * content through. What is cached is the result of validation, problems
 * included, so a build with errors still stops with every one of them.
 */

export type StoredPage = Omit<Page, 'lineOf' | 'tree'> & { lines: Record<string, number | undefined> };
type Stored = Omit<Content, 'pages' | 'settingsLineOf'> & { pages: StoredPage[]; settingsLines: Record<string, number | undefined> };

/** Every field path in the settings ("contact.email"), with its line, since a function cannot be stored. */
function settingsLines(content: Content): Record<string, number | undefined> {
  const lines: Record<string, number | undefined> = {};
  const walk = (value: unknown, prefix: string) => {
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      const field = prefix ? `${prefix}.${key}` : key;
      lines[field] = content.settingsLineOf(field);
      walk(child, field);
    }
  };
  walk(content.settings, '');
  return lines;
}

/** Bump when the stored shape changes. */
const FORMAT = 1;

/** Our code that reads and checks content (all of lib/ but tests) and the installed packages. */
function hashCode(hash: Hash, root: string): void {
  hashTree(hash, path.join(root, 'lib'), root, fileBytes, (file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file));
  const lock = path.join(root, 'package-lock.json');
  if (existsSync(lock)) hash.update(fileBytes(lock));
  // Our changes to installed packages, applied by npm's postinstall (patch-package).
  hashTree(hash, path.join(root, 'patches'), root, fileBytes);
}

/** What the cached content depends on. */
export function contentKey(contentDir: string, root = process.cwd()): string {
  const hash = createHash('sha256').update(`${FORMAT}\0${contentDir}\0`);
  // Not the list of published addresses: loading does not read it (the link
  // check does, every time), and every build that publishes a page adds to it.
  hashTree(hash, contentDir, contentDir, fileBytes, (file) => path.basename(file) !== 'published-urls.txt');
  // public/ is large (the video): names and sizes are enough, as the gateway only checks files exist.
  hashTree(hash, path.join(root, 'public'), root, fileSize);
  hashCode(hash, root);
  return hash.digest('hex').slice(0, 32);
}

/**
 * Frontmatter lines are looked up by field name; the function that did it
 * cannot be stored, so the line of every field is kept instead.
 */
export function toStored(page: Page): StoredPage {
  // Copied property by property, not spread: a page read back from the cache
  // parses its tree when the tree is read, and spreading reads it. At 1,000
  // pages that was 5 seconds of parsing for nothing (issue 13).
  const rest: Record<string, unknown> = {};
  for (const [key, { value }] of Object.entries(Object.getOwnPropertyDescriptors(page))) {
    if (key !== 'lineOf' && key !== 'tree') rest[key] = value;
  }
  const lines: Record<string, number | undefined> = {};
  for (const field of Object.keys(page.frontmatter)) lines[field] = page.lineOf(field);
  return { ...(rest as Omit<Page, 'lineOf' | 'tree'>), lines };
}

/**
 * A page from the cache. The MDX tree is not stored (it is as big as
 * everything else together, and only the editors' checks read it): it is
 * parsed again from the source the first time something asks for it.
 */
export function fromStored(stored: StoredPage, parseTree: (source: string, file: string) => Root): Page {
  const { lines, ...rest } = stored;
  let tree: Root | undefined;
  const page = { ...rest, lineOf: (field: string) => lines[field] } as Omit<Page, 'tree'>;
  return Object.defineProperty(page, 'tree', {
    enumerable: true,
    get: () => (tree ??= parseTree(stored.source, stored.file)),
  }) as Page;
}

/** Where the cache lives; tests point it elsewhere. */
export function contentCacheDir(root = process.cwd()): string {
  return path.join(root, '.cache', 'content');
}

export function readContentCache(key: string, dir: string, parseTree: (source: string, file: string) => Root): Content | undefined {
  const file = path.join(dir, `${key}.bin`);
  if (!existsSync(file)) return undefined;
  try {
    const { settingsLines: lines, ...stored } = deserialize(readFileSync(file)) as Stored;
    return { ...stored, settingsLineOf: (field: string) => lines[field], pages: stored.pages.map((page) => fromStored(page, parseTree)) };
  } catch {
    // Unreadable (a stopped build, another Node version): load from content/ instead.
    return undefined;
  }
}

export function writeContentCache(key: string, dir: string, content: Content): void {
  const { settingsLineOf: _settingsLineOf, ...rest } = content;
  const stored: Stored = { ...rest, settingsLines: settingsLines(content), pages: content.pages.map(toStored) };
  mkdirSync(dir, { recursive: true });
  // Only this build's content is kept.
  for (const name of readdirSync(dir)) if (name.endsWith('.bin') && name !== `${key}.bin`) rmSync(path.join(dir, name), { force: true });
  // Page workers start together, and none may read half a file.
  writeFileAtomically(path.join(dir, `${key}.bin`), serialize(stored));
}

/** A hash of the code that reads and checks content: all of lib/ and the installed packages. */
export function codeKey(root = process.cwd()): string {
  const hash = createHash('sha256').update(`${FORMAT}\0`);
  hashCode(hash, root);
  return hash.digest('hex').slice(0, 32);
}

/**
 * Results of the editors' checks of one page (NHS style, red flags, reading
 * age), which depend only on the page's file and text and on our code:
 * kept between builds, so a warm content check re-checks only the pages
 * that changed. Every page is still checked whenever it or the code changes.
 * Off under vitest, where every test checks afresh.
 */
export function pageResultCache<T>(name: string, root = process.cwd()): {
  get(file: string, source: string, compute: () => T): T;
  save(): void;
} {
  const enabled = !process.env.VITEST;
  const file = path.join(root, '.cache', name, `${enabled ? codeKey(root) : 'off'}.bin`);
  let entries = new Map<string, T>();
  if (enabled && existsSync(file)) {
    try {
      entries = deserialize(readFileSync(file)) as Map<string, T>;
    } catch {
      // Unreadable: check every page again.
    }
  }
  const used = new Map<string, T>();
  let changed = false;
  return {
    get(pageFile, source, compute) {
      const key = createHash('sha256').update(`${pageFile}\0${source}`).digest('hex');
      let result = entries.get(key);
      if (result === undefined) {
        result = compute();
        changed = true;
      }
      used.set(key, result);
      return result;
    },
    save() {
      if (!enabled || (!changed && used.size === entries.size)) return;
      const dir = path.dirname(file);
      // Only this code's results, and only for pages that still exist.
      if (existsSync(dir)) for (const old of readdirSync(dir)) rmSync(path.join(dir, old), { force: true });
      writeFileAtomically(file, serialize(used));
    },
  };
}
