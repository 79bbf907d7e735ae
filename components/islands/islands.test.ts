import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

// Every island starts the same way (components/island-start.ts): it exports
// `start(document)` and does nothing when imported, so tests call `start`
// themselves and shipped code never asks whether it is under test.
const dir = path.resolve('components/islands');
const islands = readdirSync(dir).filter((name) => name.endsWith('.ts') && !/\.(test|fixtures)\.ts$/.test(name));

test.each(islands)('%s exports start and changes nothing when imported', async (file) => {
  document.body.innerHTML = '<main><p>Page</p></main>';
  const before = document.documentElement.outerHTML;
  const island = (await import(`./${path.basename(file, '.ts')}.ts`)) as { start?: unknown };
  expect(typeof island.start).toBe('function');
  expect(document.documentElement.outerHTML).toBe(before);
});

test.each(islands)('%s does not look for a test runner', (file) => {
  const source = readFileSync(path.join(dir, file), 'utf8');
  expect(source).not.toMatch(/__vitest|VITEST|process\.env|import\.meta\.env|jsdom|playwright/i);
});
