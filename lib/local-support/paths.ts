/**
 * Every address the local support directory has, in one place (to move into
 * lib/urls.ts). Printed handouts and QR codes carry these: do not change one
 * without adding a redirect from the old address.
 */
export const directoryPath = '/local-support';

export function servicePath(slug: string): string {
  return `${directoryPath}/${slug}`;
}

export function needPath(need: string): string {
  return `${directoryPath}/need/${need}`;
}

/** A need's services in one area: the second tap of the two-tap route (docs/editing-local-support.md). */
export function needInAreaPath(need: string, area: string): string {
  return `${directoryPath}/need/${need}/${area}`;
}

export function areaPath(area: string): string {
  return `${directoryPath}/area/${area}`;
}

/** Words a service's slug may not be, because the directory uses them for its own pages. */
export const reservedSlugs = ['need', 'area'] as const;
