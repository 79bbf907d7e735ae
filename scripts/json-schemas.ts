/**
 * npm run schemas — writes the JSON Schemas for editors' files to schemas/
 * from the zod schemas (lib/schemas/json-schema.ts). Run it after changing a
 * schema and commit the result; a unit test fails while they differ.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getSiteSettings } from '../lib/content';
import { jsonSchemaFiles, schemasDir } from '../lib/schemas/json-schema';

mkdirSync(schemasDir, { recursive: true });
// A service may name the site's own areas, so they are read from content/site.yaml.
const files = jsonSchemaFiles(getSiteSettings().areas);
for (const name of readdirSync(schemasDir)) {
  if (name.endsWith('.schema.json') && !files.some((file) => file.file === name)) rmSync(path.join(schemasDir, name));
}
for (const { file, text } of files) writeFileSync(path.join(schemasDir, file), text);
console.log(`Wrote ${files.length} JSON Schemas to schemas/.`);
