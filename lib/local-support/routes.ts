import type { SearchDoc } from '../search/index-builder';
import { allAreas, type Area } from './areas';
import { needs } from './needs';
import { areaPath, directoryPath, needInAreaPath, needPath, servicePath } from './paths';
import type { Service } from './schema';
import { serviceSearchDocs } from './search';

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
export function directoryRoutes(services: readonly Service[], siteAreas: readonly Area[]) {
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
    paths: [...sitemap.map((entry) => entry.path), ...needInArea],
    searchDocs: serviceSearchDocs(services, siteAreas) satisfies SearchDoc[],
  };
}
