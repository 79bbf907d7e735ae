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

test('each bundle hands the island’s start to the shared bootstrap', async () => {
  const code = await bundleIsland('whats-on');
  expect(code).toMatch(/readyState/);
  expect(code).toMatch(/DOMContentLoaded/);
});
