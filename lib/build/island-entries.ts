import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The build's side of starting an island (components/island-start.ts): each
 * island is bundled from a small generated entry that imports the island's
 * `start` and hands it to the shared bootstrap. The island files themselves
 * have no side effects, so tests import them without starting anything.
 * lib/generated/files.ts bundles them (for `npm run dev` and the export alike).
 */

export const islandsDir = path.resolve('components/islands');
const bootstrapFile = path.resolve('components/island-start.ts');

/** Island names: components/islands/<name>.ts, without tests and fixtures. */
export function islandNames(dir: string = islandsDir): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.fixtures.ts'))
    .map((name) => name.slice(0, -'.ts'.length))
    .sort();
}

/** The generated entry for one island: esbuild's `stdin`. */
export function islandEntry(name: string, dir: string = islandsDir) {
  return {
    contents: [
      `import { start } from ${JSON.stringify(path.join(dir, `${name}.ts`))};`,
      `import { startIsland } from ${JSON.stringify(bootstrapFile)};`,
      'startIsland(start);',
      '',
    ].join('\n'),
    resolveDir: dir,
    // Not `<name>.ts`: esbuild would take the import of the island for this entry itself.
    sourcefile: `${name}.entry.ts`,
    loader: 'ts' as const,
  };
}

/** How many hex digits of an island's SHA-256 its published name carries (islands/<name>.<hash>.js). */
export const ISLAND_HASH_LENGTH = 10;

/** The content hash in an island's published name: a new name whenever its code changes, so browsers may keep it for ever. */
export function islandFingerprint(code: Buffer | string): string {
  return createHash('sha256').update(code).digest('hex').slice(0, ISLAND_HASH_LENGTH);
}
