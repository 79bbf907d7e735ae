import { wideAreaIds, matches } from './match';
import type { NeedId } from './needs';
import type { Service } from './schema';

/** Services that help with a need, in the order they are listed (by name). */
export function servicesForNeed(services: readonly Service[], need: NeedId): Service[] {
  return services.filter((service) => matches(service, { need }));
}

/**
 * Services for someone in an area, split the way the pages show them: the
 * ones based in that area first, then those anyone can use (national and
 * online). For online or national itself, everything is in `local`.
 */
export function servicesForArea(
  services: readonly Service[],
  area: string,
  need?: NeedId,
): { local: Service[]; wide: Service[] } {
  const matching = services.filter((service) => matches(service, { need, area }));
  if (wideAreaIds.includes(area)) return { local: matching, wide: [] };
  return {
    local: matching.filter((service) => service.areas.includes(area)),
    wide: matching.filter((service) => !service.areas.includes(area)),
  };
}

/** How many services help with each need, for the list of needs. */
export function countByNeed(services: readonly Service[], need: NeedId): number {
  return servicesForNeed(services, need).length;
}
