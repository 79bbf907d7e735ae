import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, test } from 'vitest';
import { bodyOf, compileMdx, compilerKey } from './compile';

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

/** A full garbage collection, as V8 runs when memory runs short (--expose-gc, set late). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

test('a compiled page does not keep alive the render that asked for it', async () => {
  // Next renders each page inside an AsyncLocalStorage context, and every
  // promise made in it carries that context. Keeping such a promise for
  // good kept every rendered page in memory: 0.2 MB a page (issue 13).
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'compile-memory-'));
  // The first compile starts esbuild's service, which lives on with the
  // context it started in (one page's, in a build): start it outside, so
  // what is tested is what every later page leaves behind.
  await compileMdx('# Warm up\n', cacheDir);
  const renders = new AsyncLocalStorage<{ page: string }>();
  let render: { page: string } | undefined = { page: 'a rendered page' };
  const kept = new WeakRef(render);
  const code = await renders.run(render, () => compileMdx('# Tiredness\n\nRest when you need to.\n', cacheDir));
  expect(code).toContain('Tiredness');
  render = undefined;
  // Let the promise jobs of the compile finish before collecting.
  await new Promise((resolve) => setTimeout(resolve, 10));
  collectGarbage();
  expect(kept.deref()).toBeUndefined();
  // The page is still compiled once per process.
  await expect(compileMdx('# Tiredness\n\nRest when you need to.\n', cacheDir)).resolves.toBe(code);
});

const page = (title: string) => `---\ntitle: "${title}"\ndescription: "What helps."\n---\n\n# Tiredness\n\nRest when you need to.\n`;

test('a page body is compiled with its frontmatter as blank lines, so every line stays where it was', () => {
  expect(bodyOf(page('Tiredness'))).toBe('\n\n\n\n\n# Tiredness\n\nRest when you need to.\n');
  expect(bodyOf('# No frontmatter\n')).toBe('# No frontmatter\n');
});

test('a change to a page’s frontmatter alone needs no new compile', async () => {
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'compile-frontmatter-'));
  const first = await compileMdx(page('Tiredness'), cacheDir);
  const second = await compileMdx(page('Tiredness and fatigue'), cacheDir);
  expect(second).toBe(first);
  expect(readdirSync(cacheDir)).toHaveLength(1);
});

test('a compile error names the line in the page’s file, frontmatter counted', async () => {
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'compile-error-'));
  await expect(compileMdx(`${page('Tiredness')}\nSome <b>text\n`, cacheDir)).rejects.toThrow(/\b10:\d+/);
});
