import { Island } from '@/components/island';
import { JsonLd } from '@/components/json-ld';
import { SharePage } from '@/components/layout/share-page';
import { ContentLink } from '@/components/mdx/link';
import { formatIsoDate } from '@/lib/dates/nhs-style';
import { telHref } from '@/lib/links';
import {
  areaLabel,
  closedSomeDays,
  formatOpeningHours,
  needLabel,
  needPath,
  type Area,
  type HowToGet,
  type Service,
} from '@/lib/local-support';
import { descriptionParagraphs } from '@/lib/schedule';
import { PhoneDetail } from './phone-detail';
import { UrgentHelp } from './urgent-help';

type Props = { service: Service; siteAreas: readonly Area[]; url: string; jsonLd: unknown };

/** "For people with cancer and their carers, family and friends." */
function audienceSentence(service: Service): string {
  const words = service.for.map((audience) =>
    audience === 'patients'
      ? 'people with cancer'
      : audience === 'carers'
        ? service.for.includes('patients')
          ? 'their carers, family and friends'
          : 'carers, family and friends of people with cancer'
        : 'health and care professionals',
  );
  return `For ${joinWithAnd(words)}.`;
}

function joinWithAnd(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** One sentence for each way in, in the order a person would try them. */
function HowToGetItem({ way, service }: { way: HowToGet; service: Service }) {
  switch (way) {
    case 'phone':
      return service.phone ? (
        <li>
          Call{' '}
          <a href={telHref(service.phone)} className="whitespace-nowrap font-bold">
            {service.phone}
          </a>
          .{service.phoneNote ? ` ${service.phoneNote}` : ''}
        </li>
      ) : (
        <li>You can get this help by phone.</li>
      );
    case 'drop-in':
      return <li>Go along when it is open. You do not need an appointment.</li>;
    case 'self-referral':
      return <li>You can contact them yourself. You do not need to be referred.</li>;
    case 'referral':
      return <li>Ask your care team or GP to refer you.</li>;
    case 'online':
      return service.website ? (
        <li>
          Use it online: <ContentLink href={service.website}>{service.name} website</ContentLink>.
        </li>
      ) : (
        <li>Use it online.</li>
      );
  }
}

/** A service's page: how to get the help first, then what it is, who it is for, and where the details come from. */
export function ServiceDetails({ service, siteAreas, url, jsonLd }: Props) {
  const hours = service.openingHours ? formatOpeningHours(service.openingHours) : [];
  const access = service.accessibility ?? {};
  const accessLines = [
    access.stepFree !== undefined && (access.stepFree ? 'Step-free access' : 'No step-free access'),
    access.hearingLoop !== undefined && (access.hearingLoop ? 'Hearing loop' : 'No hearing loop'),
    access.interpreters !== undefined && (access.interpreters ? 'Interpreters can be arranged' : 'No interpreters'),
  ].filter((line): line is string => Boolean(line));
  return (
    <div className="max-w-[44rem]">
      <p className="text-ink-secondary">{service.organisation}</p>
      <h1 className="text-3xl font-bold sm:text-5xl">{service.name}</h1>
      <p className="mt-4 text-xl">{service.summary}</p>

      <section aria-labelledby="how-to-get" className="mt-8 border-l-8 border-brand bg-white px-4 py-4 print:border-l-4">
        <h2 id="how-to-get" className="text-2xl font-bold sm:text-3xl">
          How to get this help
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-6">
          {service.howToGet.map((way) => (
            <HowToGetItem key={way} way={way} service={service} />
          ))}
        </ul>
        <dl className="mt-4 grid gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
          {/* When calling is a way in, the number is already in the list above. */}
          {service.phone && !service.howToGet.includes('phone') ? <PhoneDetail phone={service.phone} /> : null}
          {service.email ? (
            <>
              <dt className="font-bold">Email</dt>
              <dd className="[overflow-wrap:anywhere]">
                <a href={`mailto:${service.email}`}>{service.email}</a>
              </dd>
            </>
          ) : null}
          {service.website ? (
            <>
              <dt className="font-bold">Website</dt>
              <dd className="[overflow-wrap:anywhere]">
                <ContentLink href={service.website}>{service.name} website</ContentLink>
              </dd>
            </>
          ) : null}
          {hours.length || service.openingNote ? (
            <>
              <dt className="font-bold">Opening times</dt>
              <dd>
                <ul>
                  {hours.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                  {hours.length && service.openingHours && closedSomeDays(service.openingHours) ? <li>Closed at other times</li> : null}
                  {service.openingNote ? <li>{service.openingNote}</li> : null}
                </ul>
              </dd>
            </>
          ) : null}
          {service.cost ? (
            <>
              <dt className="font-bold">Cost</dt>
              <dd>{service.cost}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <UrgentHelp />

      {service.description ? (
        <>
          <h2 className="mt-8 text-2xl font-bold sm:text-3xl">What it offers</h2>
          {descriptionParagraphs(service.description).map((paragraph) => (
            <p key={paragraph} className="mt-3">
              {paragraph}
            </p>
          ))}
        </>
      ) : null}

      <h2 className="mt-8 text-2xl font-bold sm:text-3xl">It can help with</h2>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        {service.needs.map((need) => (
          <li key={need}>
            <a href={needPath(need)}>{needLabel(need)}</a>
          </li>
        ))}
      </ul>

      <h2 className="mt-8 text-2xl font-bold sm:text-3xl">Who it is for</h2>
      <p className="mt-3">{audienceSentence(service)}</p>
      <p className="mt-3">
        {service.cancers === 'any' ? 'It is for any type of cancer.' : `It is for ${joinWithAnd(service.cancers)}.`}
      </p>

      <h2 className="mt-8 text-2xl font-bold sm:text-3xl">Where</h2>
      <p className="mt-3">{joinWithAnd(service.areas.map((id) => areaLabel(id, siteAreas)))}</p>
      {service.address ? (
        <address className="mt-3 not-italic">
          {[...service.address.lines, service.address.postcode].map((line) => (
            <span key={line} className="block">
              {line}
            </span>
          ))}
        </address>
      ) : null}

      {service.languages || accessLines.length ? (
        <>
          <h2 className="mt-8 text-2xl font-bold sm:text-3xl">Languages and access</h2>
          <ul className="mt-3 list-disc space-y-1 pl-6">
            {service.languages ? <li>Languages: {joinWithAnd(service.languages)}</li> : null}
            {accessLines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}

      <section aria-labelledby="details-source" className="mt-12 border-t border-border pt-4">
        <h2 id="details-source" className="text-xl font-bold">
          Where these details come from
        </h2>
        <p className="mt-2">
          {service.source.publisher}: <ContentLink href={service.source.url}>{service.source.title}</ContentLink>
        </p>
        <p className="mt-2 text-ink-secondary print:text-ink">
          Details last checked: <time dateTime={service.lastChecked}>{formatIsoDate(service.lastChecked)}</time>
          <br />
          Next check due: <time dateTime={service.nextCheck}>{formatIsoDate(service.nextCheck)}</time>
        </p>
        <p className="mt-2">Services can change. Check with the service before you travel.</p>
      </section>

      <SharePage url={url} />
      <JsonLd data={jsonLd} />
      <Island name="copy-link" />
    </div>
  );
}
