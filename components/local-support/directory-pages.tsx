import { Island } from '@/components/island';
import { HandoutHeader, SharePage } from '@/components/layout/share-page';
import {
  allAreas,
  areaLabel,
  areaPath,
  countByNeed,
  directoryPath,
  needInAreaPath,
  needLabel,
  needPath,
  needs,
  servicesForArea,
  servicesForNeed,
  wideAreaIds,
  type Area,
  type NeedId,
  type Service,
  type WithdrawnService,
} from '@/lib/local-support';
import { ChooseLinks } from './choose-links';
import { DirectoryFilter } from './directory-filter';
import { ServiceList } from './service-card';
import { UrgentHelp } from './urgent-help';

type Common = { services: readonly Service[]; siteAreas: readonly Area[]; url: string };

const plural = (n: number) => `${n} service${n === 1 ? '' : 's'}`;

const askYourTeam =
  'Your clinical nurse specialist (CNS) or care team may know of other help near you. You can also ask for a holistic needs assessment (HNA).';

/** /local-support: what the directory is, the two-tap route by need then area, and the whole list with the filter. */
export function DirectoryHome({ services, siteAreas, url }: Common) {
  return (
    <div className="max-w-[44rem]">
      <h1 className="text-3xl font-bold sm:text-5xl">Find local support</h1>
      <p className="mt-4 text-xl">
        Services that can help you, or someone you care for, live with the effects of cancer. Some are in south east
        London. Others you can phone or use online from anywhere.
      </p>
      <p className="mt-3">
        Each entry says what the service offers, who it is for and how to get it. We check every entry against its source
        at least once a year. Each one shows when it was last checked.
      </p>
      <UrgentHelp />
      <ChooseLinks
        id="choose-need"
        heading="What do you need help with?"
        intro={<p className="mt-2">Choose one. Then you can choose where you live.</p>}
        links={needs.map((need) => ({
          href: needPath(need.id),
          label: need.label,
          note: plural(countByNeed(services, need.id)),
        }))}
      />
      <ChooseLinks
        id="choose-area"
        heading="Or see everything in one area"
        links={allAreas(siteAreas).map((area) => ({ href: areaPath(area.id), label: area.label }))}
      />
      <section aria-labelledby="all-services" className="mt-10">
        <h2 id="all-services" className="text-2xl font-bold sm:text-3xl">
          All services
        </h2>
        <DirectoryFilter siteAreas={siteAreas} total={services.length} />
        <ServiceList
          services={services}
          siteAreas={siteAreas}
          headingLevel={3}
          empty={`No services match your choices. Try fewer choices, or choose "Anything". ${askYourTeam}`}
        />
      </section>
      <SharePage url={url} />
      <Island name="copy-link" />
      <Island name="local-support-filter" />
    </div>
  );
}

/** /local-support/need/<need>: the first tap. Choose an area, or read the whole list; prints as a handout. */
export function NeedPage({ services, siteAreas, url, need }: Common & { need: NeedId }) {
  const matching = servicesForNeed(services, need);
  const label = needLabel(need);
  return (
    <div className="max-w-[44rem]">
      <HandoutHeader url={url} onlineExtra="with each service's website">
        <p className="text-ink-secondary">Find local support</p>
        <h1 className="text-3xl font-bold sm:text-5xl">{label}</h1>
        <p className="mt-4 text-xl print:mt-2 print:text-[12pt]">
          Services that can help with {label.charAt(0).toLowerCase() + label.slice(1)}. {plural(matching.length)} listed.
        </p>
      </HandoutHeader>
      <UrgentHelp />
      {siteAreas.length ? (
        <ChooseLinks
          id="choose-area"
          heading="Where do you live?"
          intro={<p className="mt-2">See services near you, and those you can use from anywhere.</p>}
          links={siteAreas.map((area) => ({
            href: needInAreaPath(need, area.id),
            label: area.label,
            note: plural(servicesForArea(services, area.id, need).local.length + servicesForArea(services, area.id, need).wide.length),
          }))}
        />
      ) : null}
      <section aria-labelledby="need-services" className="mt-10 print:mt-4">
        <h2 id="need-services" className="text-2xl font-bold sm:text-3xl">
          All services for this
        </h2>
        <ServiceList
          services={matching}
          siteAreas={siteAreas}
          headingLevel={3}
          empty={`There are no services listed for this yet. ${askYourTeam}`}
        />
      </section>
      <p className="mt-8 print:hidden">
        <a href={directoryPath}>See all local support</a>
      </p>
      {/* On paper the address and QR code are beside the title (HandoutHeader). */}
      <SharePage url={url} printed={false} />
      <Island name="copy-link" />
    </div>
  );
}

/** /local-support/need/<need>/<area>: the second tap. Services in that area, then those anyone can use. */
export function NeedInAreaPage({ services, siteAreas, url, need, area }: Common & { need: NeedId; area: Area }) {
  const { local, wide } = servicesForArea(services, area.id, need);
  const label = needLabel(need);
  return (
    <div className="max-w-[44rem]">
      <p className="text-ink-secondary">Find local support</p>
      <h1 className="text-3xl font-bold sm:text-5xl">
        {label} in {area.label}
      </h1>
      <p className="mt-4 text-xl">
        Services in {area.label} that can help with {label.charAt(0).toLowerCase() + label.slice(1)}, and services you can use
        from anywhere.
      </p>
      <UrgentHelp />
      <section aria-labelledby="local-services" className="mt-8">
        <h2 id="local-services" className="text-2xl font-bold sm:text-3xl">
          In {area.label}
        </h2>
        <ServiceList
          services={local}
          siteAreas={siteAreas}
          headingLevel={3}
          empty={`There are no services in ${area.label} listed for this yet. ${askYourTeam}`}
        />
      </section>
      <section aria-labelledby="wide-services" className="mt-10">
        <h2 id="wide-services" className="text-2xl font-bold sm:text-3xl">
          By phone, online or anywhere in the UK
        </h2>
        <ServiceList services={wide} siteAreas={siteAreas} headingLevel={3} empty="There are none listed for this yet." />
      </section>
      <ChooseLinks
        id="other-areas"
        heading="Somewhere else?"
        links={siteAreas
          .filter((other) => other.id !== area.id)
          .map((other) => ({ href: needInAreaPath(need, other.id), label: other.label }))}
      />
      <p className="mt-8 print:hidden">
        <a href={needPath(need)}>All services for {label.charAt(0).toLowerCase() + label.slice(1)}</a>
      </p>
      <SharePage url={url} />
      <Island name="copy-link" />
    </div>
  );
}

/** /local-support/area/<area>: everything in one area (or everything online, or UK-wide). */
export function AreaPage({ services, siteAreas, url, area }: Common & { area: Area }) {
  const { local, wide } = servicesForArea(services, area.id);
  const isWide = wideAreaIds.includes(area.id);
  const heading = area.id === 'online' ? 'Support online' : area.id === 'national' ? 'Support anywhere in the UK' : `Support in ${area.label}`;
  return (
    <div className="max-w-[44rem]">
      <p className="text-ink-secondary">Find local support</p>
      <h1 className="text-3xl font-bold sm:text-5xl">{heading}</h1>
      <p className="mt-4 text-xl">
        {isWide
          ? `Services you can use ${area.id === 'online' ? 'online' : 'wherever you live in the UK'}. ${plural(local.length)} listed.`
          : `Services based in ${area.label}, then services you can use from anywhere.`}
      </p>
      <UrgentHelp />
      <section aria-labelledby="area-services" className="mt-8">
        <h2 id="area-services" className="text-2xl font-bold sm:text-3xl">
          {isWide ? 'Services' : `In ${areaLabel(area.id, siteAreas)}`}
        </h2>
        <ServiceList services={local} siteAreas={siteAreas} headingLevel={3} empty={`There are none listed yet. ${askYourTeam}`} />
      </section>
      {isWide ? null : (
        <section aria-labelledby="wide-services" className="mt-10">
          <h2 id="wide-services" className="text-2xl font-bold sm:text-3xl">
            By phone, online or anywhere in the UK
          </h2>
          <ServiceList services={wide} siteAreas={siteAreas} headingLevel={3} empty="There are none listed yet." />
        </section>
      )}
      <p className="mt-8 print:hidden">
        <a href={directoryPath}>See all local support</a>
      </p>
      <SharePage url={url} />
      <Island name="copy-link" />
    </div>
  );
}

/**
 * The address of a service that is no longer listed (lib/local-support/routes.ts):
 * hidden because nobody has checked it for too long, or removed. Its old
 * details are never shown: they may be wrong.
 */
export function WithdrawnPage({ withdrawn }: { withdrawn: WithdrawnService }) {
  const { service } = withdrawn;
  return (
    <div className="max-w-[44rem]">
      <p className="text-ink-secondary">Find local support</p>
      <h1 className="text-3xl font-bold sm:text-5xl">{service ? `${service.name} is not listed at the moment` : 'This service is no longer listed'}</h1>
      <p className="mt-4 text-xl">
        {service
          ? 'We have not been able to check its details recently, so we have taken them down until we can.'
          : 'It has closed, or we can no longer check its details.'}
      </p>
      <UrgentHelp />
      {service ? (
        <ChooseLinks
          id="similar"
          heading="Find other services for"
          links={service.needs.map((need) => ({ href: needPath(need), label: needLabel(need) }))}
        />
      ) : null}
      <p className="mt-8">
        <a href={directoryPath}>See all local support</a>
      </p>
    </div>
  );
}
