import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { collections, jsonSchemaFiles, schemasDir } from './json-schema';

test('the committed JSON Schemas in schemas/ match the zod schemas (run `npm run schemas` if not)', () => {
  for (const { file, text } of jsonSchemaFiles()) {
    const committed = path.join(schemasDir, file);
    expect(existsSync(committed), `schemas/${file} is missing: run npm run schemas`).toBe(true);
    expect(readFileSync(committed, 'utf8'), `schemas/${file} is stale: run npm run schemas and commit it`).toBe(text);
  }
});

test('VS Code maps every YAML collection to its schema', () => {
  const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8')) as { 'yaml.schemas': Record<string, string> };
  for (const collection of collections().filter((entry) => entry.glob)) {
    expect(settings['yaml.schemas'][`./schemas/${collection.file}`]).toBe(collection.glob);
  }
});

test('a page frontmatter schema names the required fields and refuses unknown ones', () => {
  const page = JSON.parse(jsonSchemaFiles().find((entry) => entry.file === 'page-frontmatter.schema.json')!.text) as {
    required: string[];
    additionalProperties: boolean;
    properties: Record<string, { pattern?: string }>;
  };
  expect(page.required).toEqual(expect.arrayContaining(['title', 'description', 'lastReviewed', 'nextReview', 'owner', 'audience', 'sources']));
  expect(page.additionalProperties).toBe(false);
  // Dates are described as editors write them, not as "anything".
  expect(page.properties.nextReview!.pattern).toBe('^\\d{4}-\\d{2}-\\d{2}$');
});

test('session times are described as quoted 24-hour times', () => {
  const session = JSON.parse(jsonSchemaFiles().find((entry) => entry.file === 'session.schema.json')!.text) as {
    properties: { occurrences: { items: { properties: Record<string, { pattern?: string }> } } };
  };
  const start = session.properties.occurrences.items.properties.start!;
  expect(new RegExp(start.pattern!).test('14:00')).toBe(true);
  expect(new RegExp(start.pattern!).test('2pm')).toBe(false);
});
