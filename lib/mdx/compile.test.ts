import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { compilerKey } from './compile';

/** A project folder with the MDX toolchain at the given versions and our plugin files. */
function project(versions: Record<string, string>, plugin = 'export function assignHeadingIds() {}'): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'compile-key-'));
  for (const [name, version] of Object.entries(versions)) {
    mkdirSync(path.join(root, 'node_modules', name), { recursive: true });
    writeFileSync(path.join(root, 'node_modules', name, 'package.json'), JSON.stringify({ name, version }));
  }
  mkdirSync(path.join(root, 'lib', 'mdx'), { recursive: true });
  writeFileSync(path.join(root, 'lib', 'mdx', 'compile.ts'), 'compile');
  writeFileSync(path.join(root, 'lib', 'mdx', 'analyse.ts'), plugin);
  return root;
}

const installed = { 'mdx-bundler': '10.1.1', '@mdx-js/mdx': '3.1.1', '@mdx-js/esbuild': '3.1.1', esbuild: '0.28.2' };

test('the MDX cache key is the same for the same toolchain and plugins', () => {
  expect(compilerKey(project(installed))).toBe(compilerKey(project(installed)));
});

test.each(Object.keys(installed))('upgrading %s changes the MDX cache key, so no page compiled by the old version is served', (name) => {
  expect(compilerKey(project({ ...installed, [name]: '99.0.0' }))).not.toBe(compilerKey(project(installed)));
});

test('changing our remark plugin changes the MDX cache key', () => {
  expect(compilerKey(project(installed, 'export function assignHeadingIds() { /* new ids */ }'))).not.toBe(compilerKey(project(installed)));
});
