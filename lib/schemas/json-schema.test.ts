import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { getSiteSettings } from '@/lib/content';
import { collections, jsonSchemaFiles, schemasDir } from './json-schema';

const areas = getSiteSettings().areas;

test('the committed JSON Schemas in schemas/ match the zod schemas (run `npm run schemas` if not)', () => {
  for (const { file, text } of jsonSchemaFiles(areas)) {
    const committed = path.join(schemasDir, file);
    expect(existsSync(committed), `schemas/${file} is missing: run npm run schemas`).toBe(true);
    expect(readFileSync(committed, 'utf8'), `schemas/${file} is stale: run npm run schemas and commit it`).toBe(text);
  }
});

test('VS Code maps every YAML collection to its schema', () => {
  const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8')) as { 'yaml.schemas': Record<string, string> };
  for (const collection of collections(areas).filter((entry) => entry.glob)) {
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

test("a service's opening times and the site's own areas are described", () => {
  const service = JSON.parse(jsonSchemaFiles(areas).find((entry) => entry.file === 'service.schema.json')!.text) as {
    properties: Record<string, { items?: { enum?: string[]; properties?: Record<string, { pattern?: string }> } }>;
  };
  expect(service.properties.areas!.items!.enum).toEqual(expect.arrayContaining(['online', 'national', ...areas.map((area) => area.id)]));
  expect(new RegExp(service.properties.openingHours!.items!.properties!.opens!.pattern!).test('09:00')).toBe(true);
});
