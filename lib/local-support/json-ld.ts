import { areaLabel, type Area } from './areas';
import { needLabel } from './needs';
import { dayLabels } from './opening-hours';
import { servicePath } from './paths';
import type { OpeningHours, Service } from './schema';

/**
 * schema.org data for one service, for search engines.
 * https://schema.org/Service: a Service, provided by an Organization, with
 * the areas it serves (areaServed), its hours (hoursAvailable, a list of
 * OpeningHoursSpecification), and how to reach it (availableChannel: phone,
 * website, and a Place with the same openingHoursSpecification when it has
 * an address). Only facts from the service's file: nothing is guessed.
 * Open 24 hours is opens "00:00", closes "23:59", as schema.org advises.
 */

type OpeningHoursSpecification = {
  '@type': 'OpeningHoursSpecification';
  dayOfWeek: string[];
  opens: string;
  closes: string;
};

export function openingHoursSpecification(hours: readonly OpeningHours[]): OpeningHoursSpecification[] {
  return hours.map((entry) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: entry.days.map((day) => `https://schema.org/${dayLabels[day]}`),
    opens: entry.allDay ? '00:00' : entry.opens,
    closes: entry.allDay || entry.closes === '24:00' ? '23:59' : entry.closes,
  }));
}

function areaServed(service: Service, siteAreas: readonly Area[]) {
  return service.areas.flatMap((id) => {
    if (id === 'online') return [];
    if (id === 'national') return [{ '@type': 'Country', name: 'United Kingdom' }];
    return [{ '@type': 'AdministrativeArea', name: areaLabel(id, siteAreas) }];
  });
}

export function serviceJsonLd(service: Service, options: { siteUrl: string; siteAreas: readonly Area[] }) {
  const url = `${options.siteUrl}${servicePath(service.slug)}`;
  const hours = service.openingHours ? openingHoursSpecification(service.openingHours) : undefined;
  const channel = {
    '@type': 'ServiceChannel',
    ...(service.phone ? { servicePhone: { '@type': 'ContactPoint', telephone: service.phone, ...(hours ? { hoursAvailable: hours } : {}) } } : {}),
    ...(service.website ? { serviceUrl: service.website } : {}),
    ...(service.address
      ? {
          serviceLocation: {
            '@type': 'Place',
            address: {
              '@type': 'PostalAddress',
              streetAddress: service.address.lines.join(', '),
              postalCode: service.address.postcode,
              addressCountry: 'GB',
            },
            ...(hours ? { openingHoursSpecification: hours } : {}),
          },
        }
      : {}),
    ...(service.languages ? { availableLanguage: service.languages } : {}),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'Service',
    '@id': `${url}#service`,
    name: service.name,
    description: service.summary,
    url,
    provider: { '@type': 'Organization', name: service.organisation },
    category: service.needs.map(needLabel),
    audience: { '@type': 'Audience', audienceType: service.for.join(', ') },
    areaServed: areaServed(service, options.siteAreas),
    ...(hours ? { hoursAvailable: hours } : {}),
    ...(Object.keys(channel).length > 1 ? { availableChannel: channel } : {}),
    ...(service.email ? { email: service.email } : {}),
    inLanguage: 'en-GB',
  };
}
