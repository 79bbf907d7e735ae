import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AreaPage, NeedInAreaPage, NeedPage, WithdrawnPage } from '@/components/local-support/directory-pages';
import { ServiceDetails } from '@/components/local-support/service-details';
import { PageShell } from '@/components/layout/page-shell';
import { reportProblemFor } from '@/lib/report-problem';
import { getNavigation, getServices, getSiteSettings, getWithdrawnServices } from '@/lib/content';
import { directoryPageParams } from '@/lib/views/directory-pages';
import {
  directoryPageMeta,
  directoryPagePath,
  resolveDirectoryPath,
  serviceJsonLd,
} from '@/lib/local-support';
import { canonicalUrl } from '@/lib/urls';
import { JsonLd } from '@/components/json-ld';
import { shareMetadata } from '@/lib/seo/share';
import { breadcrumbJsonLd } from '@/lib/seo/structured-data';

type Props = { params: Promise<{ path: string[] }> };

// Only the directory's own pages exist: each service, need, need in an area,
// area, and the notice at a withdrawn service's address
// (lib/local-support/routes.ts). Any other address is a 404.
export const dynamicParams = false;

// In `next build`, pages an earlier build finished with the same inputs are
// left out, and the post-build step puts them back (lib/build/finished-pages.ts).
export function generateStaticParams() {
  return directoryPageParams();
}

function resolve(path: string[]) {
  return resolveDirectoryPath(path, getServices(), getSiteSettings().areas, getWithdrawnServices());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = resolve((await params).path);
  if (!page) return {};
  const { title, description } = directoryPageMeta(page);
  const path = directoryPagePath(page);
  return {
    title,
    description,
    alternates: { canonical: path },
    ...shareMetadata({ settings: getSiteSettings(), title, description, path }),
    // A withdrawn service's notice is for people with an old link, not for search engines.
    robots: page.kind === 'withdrawn' ? { index: false } : undefined,
  };
}

export default async function Page({ params }: Props) {
  const page = resolve((await params).path);
  if (!page) notFound();
  const settings = getSiteSettings();
  const path = directoryPagePath(page);
  const common = { services: getServices(), siteAreas: settings.areas, url: canonicalUrl(settings.url, path) };
  return (
    <PageShell
      settings={settings}
      navigation={getNavigation()}
      currentPath={path}
      crumbs={directoryPageMeta(page).crumbs}
      report={reportProblemFor(settings, path, directoryPageMeta(page).title)}
    >
      {page.kind === 'service' ? (
        <ServiceDetails
          service={page.service}
          siteAreas={settings.areas}
          url={common.url}
          jsonLd={serviceJsonLd(page.service, { siteUrl: settings.url, siteAreas: settings.areas })}
        />
      ) : page.kind === 'need' ? (
        <NeedPage {...common} need={page.need} />
      ) : page.kind === 'need-in-area' ? (
        <NeedInAreaPage {...common} need={page.need} area={page.area} />
      ) : page.kind === 'area' ? (
        <AreaPage {...common} area={page.area} />
      ) : (
        <WithdrawnPage withdrawn={page.withdrawn} />
      )}
      <JsonLd data={breadcrumbJsonLd(settings, directoryPageMeta(page).crumbs, { title: directoryPageMeta(page).title, path })} />
    </PageShell>
  );
}
