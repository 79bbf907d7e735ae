import type { SearchDoc } from '../search/index-builder';
import { areaLabel, type Area } from './areas';
import { needLabel } from './needs';
import { servicePath } from './paths';
import { howToGetLabels, type Service } from './schema';

/**
 * Each service as a site search document. The needs' labels are headings, so
 * "benefits advice" finds a service listed under "Money, benefits and work"
 * even when its own words do not say "benefits"; the description is the
 * text, so "wig" finds the centre whose description mentions wigs.
 */
export function serviceSearchDocs(services: readonly Service[], siteAreas: readonly Area[]): SearchDoc[] {
  return services.map((service) => ({
    id: servicePath(service.slug),
    url: servicePath(service.slug),
    title: service.name,
    description: service.summary,
    headings: service.needs.map(needLabel),
    text: [
      service.organisation,
      service.description ?? '',
      service.howToGet.map((way) => howToGetLabels[way]).join('. '),
      service.areas.map((id) => areaLabel(id, siteAreas)).join(', '),
    ].join('\n'),
    kind: 'service',
  }));
}
