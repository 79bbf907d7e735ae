/**
 * Which services a filter shows. Shared by the static pages (built on the
 * server) and the filter island (in the browser), so that a list filtered in
 * place shows the same services as the page the links lead to. It imports
 * nothing, to keep the island small.
 */

/** Areas that reach everyone: a national phone line or an online service helps wherever you live. */
export const wideAreaIds: readonly string[] = ['online', 'national'];

/**
 * Whether a service with these areas helps someone in `area`. A local area
 * also gets national and online services; choosing online or national
 * itself gets only those.
 */
export function servesArea(serviceAreas: readonly string[], area: string): boolean {
  if (serviceAreas.includes(area)) return true;
  return !wideAreaIds.includes(area) && serviceAreas.some((id) => wideAreaIds.includes(id));
}

export type Filter = { need?: string; area?: string; howToGet?: readonly string[] };
export type Matchable = { needs: readonly string[]; areas: readonly string[]; howToGet: readonly string[] };

/** An empty part of the filter matches everything; several ways in match any of them. */
export function matches(service: Matchable, filter: Filter): boolean {
  if (filter.need && !service.needs.includes(filter.need)) return false;
  if (filter.area && !servesArea(service.areas, filter.area)) return false;
  if (filter.howToGet?.length && !filter.howToGet.some((way) => service.howToGet.includes(way))) return false;
  return true;
}

/** "Showing all 12 services", "Showing 1 of 12 services": the same words on the server and in the island. */
export function countText(shown: number, total: number): string {
  const noun = (n: number) => `${n} service${n === 1 ? '' : 's'}`;
  return shown === total ? `Showing all ${noun(total)}` : `Showing ${shown} of ${noun(total)}`;
}
