import { ContentLink } from '@/components/mdx/link';
import { areaLabel, formatOpeningHours, howToGetLabels, servicePath, type Area, type Service } from '@/lib/local-support';
import { PhoneDetail } from './phone-detail';

type Props = { service: Service; siteAreas: readonly Area[]; headingLevel: 2 | 3 };

/**
 * One service in a list: what it offers and how to reach it, enough for a
 * printed handout. The data- attributes are what the filter island matches
 * on (lib/local-support/match.ts), so the list filters in place the same way
 * the need and area pages are built.
 */
export function ServiceCard({ service, siteAreas, headingLevel }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const hours = service.openingHours ? formatOpeningHours(service.openingHours) : [];
  return (
    <li
      data-service={service.slug}
      data-needs={service.needs.join(' ')}
      data-areas={service.areas.join(' ')}
      data-how={service.howToGet.join(' ')}
      className="border-l-4 border-brand bg-white px-4 py-4 print:mb-2 print:break-inside-avoid print:border-l-2 print:px-2 print:py-1"
    >
      {/* "!": the print styles' h3 size and margins (app/globals.css, unlayered) would otherwise win on paper. */}
      <Heading className="text-xl font-bold sm:text-2xl print:mt-0! print:mb-0.5! print:text-[11pt]!">
        <a href={servicePath(service.slug)}>{service.name}</a>
      </Heading>
      {service.organisation !== service.name ? <p className="text-ink-secondary">{service.organisation}</p> : null}
      <p className="mt-2 print:mt-0.5">{service.summary}</p>
      <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr] print:mt-1 print:grid-cols-[auto_1fr]">
        <dt className="font-bold">How to get it</dt>
        <dd>{service.howToGet.map((way) => howToGetLabels[way]).join(', ')}</dd>
        <dt className="font-bold">Where</dt>
        <dd>{service.areas.map((id) => areaLabel(id, siteAreas)).join(', ')}</dd>
        {service.phone ? <PhoneDetail phone={service.phone} /> : null}
        {hours.length ? (
          <>
            <dt className="font-bold">Open</dt>
            <dd>{hours.join('; ')}</dd>
          </>
        ) : null}
        {service.website ? (
          <>
            <dt className="font-bold print:hidden">Website</dt>
            {/* A website's address would fill the printed handout; the page online (its QR code) has it. */}
            <dd className="[overflow-wrap:anywhere] print:hidden">
              <ContentLink href={service.website}>{service.name} website</ContentLink>
            </dd>
          </>
        ) : null}
      </dl>
    </li>
  );
}

type ListProps = {
  services: readonly Service[];
  siteAreas: readonly Area[];
  headingLevel: 2 | 3;
  /** Shown when the list is empty (and by the filter island when nothing matches). */
  empty: string;
  id?: string;
};

export function ServiceList({ services, siteAreas, headingLevel, empty, id }: ListProps) {
  return (
    <>
      {/* On paper, two columns in smaller type, so a need's services fit a one- or two-page handout. */}
      <ul
        id={id}
        data-service-list
        className="mt-4 space-y-4 print:columns-2 print:gap-6 print:space-y-0 print:text-[9.5pt] print:leading-snug"
      >
        {services.map((service) => (
          <ServiceCard key={service.slug} service={service} siteAreas={siteAreas} headingLevel={headingLevel} />
        ))}
      </ul>
      <p data-empty-message hidden={services.length > 0} className="mt-4">
        {empty}
      </p>
    </>
  );
}
