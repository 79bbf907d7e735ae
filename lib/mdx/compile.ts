import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFileAtomically } from '../build/files';
import path from 'node:path';
import type { Root } from 'mdast';
import { bundleMDX } from 'mdx-bundler';
import type { PluggableList } from 'unified';
import { frontmatterPattern } from '../content/frontmatter';
import { allowedComponents } from './allowed-components';
import { assignHeadingIds } from './analyse';

/**
 * Bump when the MDX plugins change in a way the key below cannot see, so
 * pages compiled by the old plugins are not served from the disk cache.
 * (react.dev's DISK_CACHE_BREAKER.)
 */
const CACHE_VERSION = 3;

/** The MDX toolchain: a new version of any of these may compile a page differently. */
const toolchain = ['mdx-bundler', '@mdx-js/mdx', '@mdx-js/esbuild', 'esbuild'];
/** Our remark plugin (heading ids) lives in these files. */
const pluginFiles = ['lib/mdx/compile.ts', 'lib/mdx/analyse.ts'];

const compilerKeys = new Map<string, string>();

/**
 * What changes compiled output besides the page itself: the toolchain's
 * installed versions, our plugins' source and the components authors may
 * use. Part of every cache key, so upgrading a dependency or changing a
 * plugin never serves a page compiled by the old one.
 */
export function compilerKey(root = process.cwd()): string {
  const known = compilerKeys.get(root);
  if (known) return known;
  const hash = createHash('sha256').update(`v${CACHE_VERSION}\0`);
  for (const name of toolchain) {
    let version = 'missing';
    try {
      version = (JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      // Not installed where we look: the key still differs from a build where it was.
    }
    hash.update(`${name}@${version}\0`);
  }
  for (const file of pluginFiles) {
    try {
      hash.update(readFileSync(path.join(root, file)));
    } catch {
      hash.update(`${file} missing`);
    }
    hash.update('\0');
  }
  hash.update(Object.keys(allowedComponents).sort().join(','));
  const key = hash.digest('hex').slice(0, 16);
  compilerKeys.set(root, key);
  return key;
}

/** Compiled code, by key: strings, which hold nothing else alive. */
const compiled = new Map<string, string>();
/**
 * Compiles under way, by key, so two renders of one page compile it once.
 * Each entry leaves when its compile ends: a promise made while Next renders
 * a page carries that render's async context (AsyncLocalStorage), and so
 * keeps the whole rendered page alive for as long as the promise is kept.
 * Kept for good, they were most of a page worker's memory (issue 13).
 */
const compiling = new Map<string, Promise<string>>();

/** The same remark step the analysis uses, so ids in the page match checked anchors. */
function remarkHeadingIds() {
  return (tree: Root) => {
    assignHeadingIds(tree);
  };
}

/** Where compiled pages are kept between builds. */
export function mdxCacheDir(root = process.cwd()): string {
  return path.join(root, '.cache', 'mdx');
}

/**
 * A page's body, with its frontmatter as blank lines. The frontmatter is
 * read and checked by the content loader, and the page view shows it; the
 * compiled body never used it, yet compiling it parsed its YAML twice more
 * (a fifth of the compile). Blank lines keep every line of the body where
 * it was, so a compile error still names the line in the file.
 */
export function bodyOf(source: string): string {
  return source.replace(frontmatterPattern, (frontmatter) => frontmatter.replace(/[^\n]/g, ''));
}

/**
 * Compiles a page's MDX body to code once per content: memoised in the
 * process and cached on disk by hash, so unchanged pages cost nothing on the
 * next build (Next.js renders pages in several worker processes, which share
 * the disk). The key is the body alone: a change to a page's frontmatter
 * needs no new compile.
 */
export function compileMdx(source: string, cacheDir: string): Promise<string> {
  const body = bodyOf(source);
  const key = createHash('sha256').update(`${compilerKey()}\0${body}`).digest('hex');
  const done = compiled.get(key);
  if (done !== undefined) return Promise.resolve(done);
  let running = compiling.get(key);
  if (!running) {
    running = compileWithDiskCache(body, key, cacheDir).then(
      (code) => {
        compiled.set(key, code);
        compiling.delete(key);
        return code;
      },
      (error: unknown) => {
        compiling.delete(key);
        throw error;
      },
    );
    compiling.set(key, running);
  }
  return running;
}

async function compileWithDiskCache(source: string, key: string, cacheDir: string): Promise<string> {
  const file = path.join(cacheDir, `${key}.js`);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    // Not cached yet.
  }
  const { code } = await bundleMDX({
    source,
    // mdx-bundler names its options type by a path (@mdx-js/esbuild/lib) that
    // the package's exports hide, so TypeScript cannot see it: say the part we use.
    mdxOptions(options: { remarkPlugins?: PluggableList | null }) {
      options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkHeadingIds];
      return options;
    },
    // mdx-bundler resolves every import with a plugin written in JavaScript,
    // called across esbuild's pipe even for the page itself: a third of each
    // compile (17 ms a page, 12 without). Content may not import anything
    // (the check stops a build that does), and React, which every page's
    // code imports, is mdx-bundler's other plugin's job (global externals):
    // the output is the same, byte for byte, for every page in content/.
    esbuildOptions(options) {
      options.plugins = options.plugins?.filter((plugin) => plugin.name !== 'node-resolve');
      return options;
    },
  });
  // Two build workers compiling the same page never leave a half-written file for a third to read.
  writeFileAtomically(file, code);
  return code;
}
