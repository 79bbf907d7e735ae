import path from 'node:path';
import { z } from 'zod';
import { makeServiceSchema, ukPhoneSchema } from '../local-support/schema';
import type { Area } from '../local-support';
import { occurrenceDateSchema, occurrenceIdSchema, sessionSchema, wallTimeSchema, yearMonthSchema } from '../schedule/schema';
import { videoSchema } from '../video/schema';
import { isoDate } from './common';
import { pageFrontmatterSchema } from './page';
import { siteSettingsSchema } from './site';

/**
 * JSON Schemas for the editors' files, generated from the zod schemas the
 * site validates with (never written by hand, so they cannot drift). VS Code
 * and GitHub Codespaces use them (.vscode/settings.json) to underline a wrong
 * field as the editor types; content:check stays the authority, because some
 * rules (a date that exists, a review after the last one) cannot be written
 * in JSON Schema.
 *
 * `npm run schemas` writes them to schemas/; a test fails when they are stale.
 */
export type Collection = {
  /** File in schemas/. */
  file: string;
  title: string;
  description: string;
  /** Which files in content/ it describes (VS Code glob), or null for MDX frontmatter. */
  glob: string | null;
  schema: z.ZodType;
};

const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A date written "YYYY-MM-DD", in quotes.' };

/**
 * Fields that accept anything so that they can explain a YAML trap (an
 * unquoted date, 14:00 read as a number) get the shape editors should write.
 */
const writtenAs = new Map<unknown, Record<string, unknown>>([
  [isoDate, date],
  [occurrenceDateSchema, date],
  [occurrenceIdSchema, { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', description: 'Lower-case words and numbers joined by hyphens, such as "september-2025". Never change a published id.' }],
  [yearMonthSchema, { type: 'string', pattern: '^\\d{4}-\\d{2}$', description: 'A month written "YYYY-MM", in quotes.' }],
  [wallTimeSchema, { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'A 24-hour time written "HH:MM", in quotes, such as "14:00".' }],
  [ukPhoneSchema, { type: 'string', description: 'A UK phone number as people dial it, in quotes, such as "0808 808 00 00".' }],
]);

/** The same, for fields whose schema is made inside a function (a service's opening times). */
const writtenAsByField: Record<string, Record<string, unknown>> = {
  opens: { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'Opening time, 24-hour "HH:MM", in quotes, such as "09:00".' },
  closes: { type: 'string', pattern: '^(([01]\\d|2[0-3]):[0-5]\\d|24:00)$', description: 'Closing time, 24-hour "HH:MM", in quotes, such as "17:30" ("24:00" for midnight).' },
};

/**
 * @param areas the site's local areas (content/site.yaml `areas`): a
 *   service's `areas` may name them, so they are part of its schema.
 */
export function collections(areas: readonly Area[] = []): Collection[] {
  const list: Collection[] = [
    {
      file: 'page-frontmatter.schema.json',
      title: 'Page frontmatter',
      description: 'The fields between the --- lines at the top of content/**/index.mdx. See docs/editing-pages.md.',
      glob: null,
      schema: pageFrontmatterSchema,
    },
    {
      file: 'session.schema.json',
      title: 'Health and wellbeing session',
      description: 'One session series: content/whats-on/sessions/<slug>.yaml. See docs/editing-the-schedule.md.',
      glob: 'content/whats-on/sessions/*.yaml',
      schema: sessionSchema,
    },
    {
      file: 'video.schema.json',
      title: 'Video',
      description: 'content/videos/<id>/video.yaml. See docs/video.md.',
      glob: 'content/videos/*/video.yaml',
      schema: videoSchema,
    },
    {
      file: 'site-settings.schema.json',
      title: 'Site settings',
      description: 'content/site.yaml: the settings an organisation sets once.',
      glob: 'content/site.yaml',
      schema: siteSettingsSchema,
    },
  ];
  list.push({
    file: 'service.schema.json',
    title: 'Local support service',
    description: 'One service in the local support directory: content/local-support/services/<slug>.yaml. See docs/editing-local-support.md.',
    glob: 'content/local-support/services/*.yaml',
    schema: makeServiceSchema(areas),
  });
  return list;
}

export function toJsonSchema(collection: Collection): Record<string, unknown> {
  const generated = z.toJSONSchema(collection.schema, {
    // What editors write, before any transform.
    io: 'input',
    // Checks written as code (a review after the last one) are content:check's.
    unrepresentable: 'any',
    // The YAML extension for VS Code understands draft-07 best.
    target: 'draft-07',
    override: (ctx) => {
      const field = ctx.path.filter((part) => typeof part === 'string').pop();
      const empty = Object.keys(ctx.jsonSchema).length === 0;
      const shape = writtenAs.get(ctx.zodSchema) ?? (empty && field ? writtenAsByField[field] : undefined);
      if (!shape) return;
      for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[key];
      Object.assign(ctx.jsonSchema, shape);
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, title: collection.title, description: collection.description, ...rest };
}

/** Each file in schemas/ and its text, as `npm run schemas` writes it. */
export function jsonSchemaFiles(areas: readonly Area[] = []): Array<{ file: string; text: string }> {
  return collections(areas).map((collection) => ({
    file: collection.file,
    text: `${JSON.stringify(toJsonSchema(collection), null, 2)}\n`,
  }));
}

export const schemasDir = path.resolve('schemas');
