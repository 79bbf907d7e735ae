import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'esbuild';

/**
 * The build's side of starting an island (components/island-start.ts): each
 * island is bundled from a small generated entry that imports the island's
 * `start` and hands it to the shared bootstrap. The island files themselves
 * have no side effects, so tests import them without starting anything.
 */

/**
 * A folder that is never written: the generated entries' notional home. Each
 * entry is named after its island, so the bundle keeps the island's name
 * (islands/<name>.<hash>.js).
 */
const ENTRY_DIR = '.entries';

export type IslandEntries = { entryPoints: string[]; plugin: Plugin };

/** Every island in `islandsDir` (not its tests or fixtures), as esbuild entries. */
export function islandEntries(islandsDir: string, bootstrapFile: string): IslandEntries {
  const entryDir = path.join(islandsDir, ENTRY_DIR);
  const entryPoints = readdirSync(islandsDir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.fixtures.ts'))
    .map((name) => path.join(entryDir, name));
  const plugin: Plugin = {
    name: 'island-entries',
    setup(build) {
      // The entries do not exist on disk: claim them before esbuild looks.
      build.onResolve({ filter: /\.ts$/ }, (args) =>
        path.dirname(args.path) === entryDir ? { path: args.path } : undefined,
      );
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (path.dirname(args.path) !== entryDir) return undefined;
        return {
          contents: islandEntrySource(path.join(islandsDir, path.basename(args.path)), bootstrapFile),
          resolveDir: islandsDir,
          loader: 'ts',
        };
      });
    },
  };
  return { entryPoints, plugin };
}

/** The generated entry for one island. */
export function islandEntrySource(islandFile: string, bootstrapFile: string): string {
  return [
    `import { start } from ${JSON.stringify(islandFile)};`,
    `import { startIsland } from ${JSON.stringify(bootstrapFile)};`,
    'startIsland(start);',
    '',
  ].join('\n');
}

/** The island's name from esbuild's metafile entry (".../.entries/search.ts" → "search"). */
export function islandName(entryPoint: string): string {
  return path.basename(entryPoint, '.ts');
}
