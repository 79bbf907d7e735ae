import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { expect, test } from 'vitest';
import { islandEntries, islandName } from './island-entries';

const islandsDir = path.resolve('components/islands');
const bootstrap = path.resolve('components/island-start.ts');

test('bundles every island, and only islands, under its own name', async () => {
  const { entryPoints, plugin } = islandEntries(islandsDir, bootstrap);
  const out = mkdtempSync(path.join(tmpdir(), 'islands-'));
  try {
    const result = await build({ entryPoints, plugins: [plugin], bundle: true, format: 'esm', outdir: out, entryNames: '[name]', metafile: true, logLevel: 'silent' });
    const names = Object.values(result.metafile.outputs).flatMap((output) => (output.entryPoint ? [islandName(output.entryPoint)] : []));
    const expected = readdirSync(islandsDir).filter((name) => name.endsWith('.ts') && !/\.(test|fixtures)\.ts$/.test(name)).map((name) => path.basename(name, '.ts'));
    expect(names.sort()).toEqual(expected.sort());
    expect(readdirSync(out).sort()).toEqual(expected.map((name) => `${name}.js`).sort());
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('each bundle hands the island’s start to the shared bootstrap', async () => {
  const { entryPoints, plugin } = islandEntries(islandsDir, bootstrap);
  const result = await build({ entryPoints: entryPoints.filter((entry) => entry.endsWith('whats-on.ts')), plugins: [plugin], bundle: true, format: 'esm', write: false, outdir: 'unused', logLevel: 'silent' });
  const code = result.outputFiles[0]!.text;
  expect(code).toMatch(/function startIsland\(/);
  expect(code).toMatch(/startIsland\(start\);/);
});
