import type { SearchDoc } from '../search/index-builder';
import { allAreas, type Area } from './areas';
import { needs } from './needs';
import { areaPath, directoryPath, needInAreaPath, needPath, servicePath } from './paths';
import type { Service } from './schema';
import { serviceSearchDocs } from './search';

/**
 * A service whose page was published but is no longer listed: hidden because
 * its check is long overdue (service is given), or its file deleted (only the
 * slug is known, from content/published-urls.txt). Letters, leaflets and QR
 * codes may still point at it, so its address stays, as a page that says the
 * service is not listed and where to look instead (never its old details).
 */
export type WithdrawnService = { slug: string; service?: Service };

export function withdrawnServices(
  all: readonly Service[],
  visible: readonly Service[],
  published: readonly string[],
): WithdrawnService[] {
  const shown = new Set(visible.map((service) => service.slug));
  const prefix = `${directoryPath}/`;
  return published
    .filter((url) => url.startsWith(prefix) && !url.slice(prefix.length).includes('/'))
    .map((url) => url.slice(prefix.length))
    .filter((slug) => !shown.has(slug) && slug !== 'need' && slug !== 'area')
    .map((slug) => {
      const service = all.find((candidate) => candidate.slug === slug);
      return service ? { slug, service } : { slug };
    });
}

/**
 * Every page the directory builds, for the sitemap, the link checks and the
 * search index. Need and area pages exist even with no services, so links
 * to them from /find-support and printed handouts never break.
 *
 * The sitemap has the directory, each service, each need and each area. The
 * pages for one need in one area (the second tap without JavaScript) are
 * left out of it: they are the same services as the need and area pages,
 * filtered, and search engines should send people to those.
 */
export function directoryRoutes(
  services: readonly Service[],
  siteAreas: readonly Area[],
  withdrawn: readonly WithdrawnService[] = [],
) {
  const latest = (list: readonly Service[]) =>
    list.reduce((max, service) => (service.lastChecked > max ? service.lastChecked : max), '');
  const areas = allAreas(siteAreas);
  const sitemap = [
    { path: directoryPath, lastModified: latest(services) },
    ...needs.map((need) => ({
      path: needPath(need.id),
      lastModified: latest(services.filter((service) => service.needs.includes(need.id))),
    })),
    ...areas.map((area) => ({
      path: areaPath(area.id),
      lastModified: latest(services.filter((service) => service.areas.includes(area.id))),
    })),
    ...services.map((service) => ({ path: servicePath(service.slug), lastModified: service.lastChecked })),
  ];
  const needInArea = needs.flatMap((need) => siteAreas.map((area) => needInAreaPath(need.id, area.id)));
  return {
    sitemap,
    paths: [...sitemap.map((entry) => entry.path), ...needInArea, ...withdrawn.map((entry) => servicePath(entry.slug))],
    searchDocs: serviceSearchDocs(services, siteAreas) satisfies SearchDoc[],
  };
}
