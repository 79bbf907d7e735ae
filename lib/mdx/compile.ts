import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { bundleMDX } from 'mdx-bundler';
import type { PluggableList } from 'unified';
import { assignHeadingIds } from './analyse';

/**
 * Bump when the MDX plugins change, so pages compiled by the old plugins are
 * not served from the disk cache. (react.dev's DISK_CACHE_BREAKER.)
 */
const CACHE_VERSION = 1;

const memory = new Map<string, Promise<string>>();

/** The same remark step the analysis uses, so ids in the page match checked anchors. */
function remarkHeadingIds() {
  return (tree: Root) => {
    assignHeadingIds(tree);
  };
}

/**
 * Compiles a page's MDX to code once per content: memoised in the process and
 * cached on disk by hash, so unchanged pages cost nothing on the next build
 * (Next.js renders pages in several worker processes, which share the disk).
 */
export function compileMdx(source: string, cacheDir: string): Promise<string> {
  const key = createHash('sha256').update(`${CACHE_VERSION}\0${source}`).digest('hex');
  let compiled = memory.get(key);
  if (!compiled) {
    compiled = compileWithDiskCache(source, key, cacheDir);
    memory.set(key, compiled);
  }
  return compiled;
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
  });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, code);
  return code;
}
