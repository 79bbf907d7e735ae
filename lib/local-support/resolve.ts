import { allAreas, type Area } from './areas';
import { isNeedId, needLabel, type NeedId } from './needs';
import { areaPath, directoryPath, needInAreaPath, needPath, servicePath } from './paths';
import type { WithdrawnService } from './routes';
import type { Service } from './schema';

/**
 * What a directory address shows, from the path after /local-support/:
 * [slug], ['need', need], ['need', need, area], ['area', area]. Anything
 * else is not found: routes come from the content (house style 5).
 */
export type DirectoryPage =
  | { kind: 'service'; service: Service }
  | { kind: 'need'; need: NeedId }
  | { kind: 'need-in-area'; need: NeedId; area: Area }
  | { kind: 'area'; area: Area }
  | { kind: 'withdrawn'; withdrawn: WithdrawnService };

export function resolveDirectoryPath(
  segments: readonly string[],
  services: readonly Service[],
  siteAreas: readonly Area[],
  withdrawn: readonly WithdrawnService[] = [],
): DirectoryPage | null {
  const [first, second, third, ...rest] = segments;
  if (rest.length) return null;
  if (first === 'need' && isNeedId(second)) {
    if (third === undefined) return { kind: 'need', need: second };
    // Only the site's own areas: online and national services are on every such page already.
    const area = siteAreas.find((candidate) => candidate.id === third);
    return area ? { kind: 'need-in-area', need: second, area } : null;
  }
  if (first === 'area' && third === undefined) {
    const area = allAreas(siteAreas).find((candidate) => candidate.id === second);
    return area ? { kind: 'area', area } : null;
  }
  if (first !== undefined && second === undefined) {
    const service = services.find((candidate) => candidate.slug === first);
    if (service) return { kind: 'service', service };
    const gone = withdrawn.find((candidate) => candidate.slug === first);
    return gone ? { kind: 'withdrawn', withdrawn: gone } : null;
  }
  return null;
}

/** The address of a resolved page. */
export function directoryPagePath(page: DirectoryPage): string {
  switch (page.kind) {
    case 'service':
      return servicePath(page.service.slug);
    case 'withdrawn':
      return servicePath(page.withdrawn.slug);
    case 'need':
      return needPath(page.need);
    case 'need-in-area':
      return needInAreaPath(page.need, page.area.id);
    case 'area':
      return areaPath(page.area.id);
  }
}

/** Title, description and breadcrumbs for a resolved page. */
export function directoryPageMeta(page: DirectoryPage): {
  title: string;
  description: string;
  crumbs: Array<{ label: string; href: string }>;
} {
  const home = [
    { label: 'Home', href: '/' },
    { label: 'Find local support', href: directoryPath },
  ];
  switch (page.kind) {
    case 'service':
      return { title: `${page.service.name}: local support`, description: page.service.summary, crumbs: home };
    case 'withdrawn':
      return {
        title: `${page.withdrawn.service?.name ?? 'This service'} is not listed: local support`,
        description: 'This service is no longer in the directory. Find other services that can help.',
        crumbs: home,
      };
    case 'need': {
      const label = needLabel(page.need);
      return {
        title: `${label}: local support`,
        description: `Services that can help with ${label.toLowerCase()}: what they offer and how to get them.`,
        crumbs: home,
      };
    }
    case 'need-in-area': {
      const label = needLabel(page.need);
      return {
        title: `${label} in ${page.area.label}: local support`,
        description: `Services in ${page.area.label} that can help with ${label.toLowerCase()}, and services you can use from anywhere.`,
        crumbs: [...home, { label, href: needPath(page.need) }],
      };
    }
    case 'area':
      return {
        title: `${page.area.id === 'online' ? 'Online' : page.area.id === 'national' ? 'UK-wide' : page.area.label} support services`,
        description:
          page.area.id === 'online'
            ? 'Support services for people affected by cancer that you can use online.'
            : page.area.id === 'national'
              ? 'Support services for people affected by cancer that you can use anywhere in the UK.'
              : `Support services for people affected by cancer in ${page.area.label}, and services you can use from anywhere.`,
        crumbs: home,
      };
  }
}
