import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { bundleIsland } from '../generated/files';
import { islandNames } from './island-entries';

test('every island in components/islands, and nothing else, is an island', () => {
  const expected = readdirSync(path.resolve('components/islands'))
    .filter((name) => name.endsWith('.ts') && !/\.(test|fixtures)\.ts$/.test(name))
    .map((name) => path.basename(name, '.ts'));
  expect(islandNames()).toEqual(expected.sort());
});

test('each bundle holds the island itself and hands its start to the shared bootstrap', async () => {
  for (const name of islandNames()) {
    const code = await bundleIsland(name);
    // The bootstrap…
    expect(code, name).toMatch(/DOMContentLoaded/);
    // …given the island's start, not nothing (an entry that imported itself once gave `e(void 0)`).
    expect(code, name).not.toMatch(/\(void 0\);?\s*$/);
    expect(code.length, name).toBeGreaterThan(400);
  }
});
