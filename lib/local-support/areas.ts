import { z } from 'zod';
import { nonEmptyText } from '../schemas/common';

/**
 * Where a service is available. The site's own areas (for this site, the
 * south east London boroughs) are listed once, in content/site.yaml under
 * `areas:`; two more are built in and never listed there: `online` (used
 * from anywhere, on the internet) and `national` (anywhere in the UK, for
 * example a phone line).
 */
export type Area = { id: string; label: string };

export const builtInAreas = [
  { id: 'online', label: 'Online' },
  { id: 'national', label: 'Anywhere in the UK' },
] as const satisfies readonly Area[];

export const builtInAreaIds: readonly string[] = builtInAreas.map((area) => area.id);

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One entry of `areas:` in content/site.yaml. */
export const siteAreaSchema = z.strictObject({
  id: z
    .string({ error: 'Expected the area\'s id as text.\nFix: write it in lower case, like lambeth or tower-hamlets.' })
    .regex(kebabCase, { error: 'An area id is lower-case words joined by hyphens.\nFix: write it like lambeth or tower-hamlets.' })
    .refine((id) => !builtInAreaIds.includes(id), {
      error: 'online and national are built in: they must not be listed in site.yaml.\nFix: delete this area.',
    }),
  label: nonEmptyText('the area\'s name as people say it, such as Lambeth'),
});

/** `areas:` in content/site.yaml: each id once. */
export const siteAreasSchema = z
  .array(siteAreaSchema, { error: 'Expected a list of areas, each with id and label.\nFix: see docs/editing-local-support.md.' })
  .superRefine((areas, ctx) => {
    const seen = new Set<string>();
    areas.forEach((area, index) => {
      if (seen.has(area.id)) {
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `The area "${area.id}" is listed twice.\nFix: delete one of them.` });
      }
      seen.add(area.id);
    });
  });

/** The site's areas, then online and national: every id a service may name. */
export function allAreas(siteAreas: readonly Area[]): Area[] {
  return [...siteAreas, ...builtInAreas];
}

export function areaLabel(id: string, siteAreas: readonly Area[]): string {
  return allAreas(siteAreas).find((area) => area.id === id)?.label ?? id;
}
