import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AreaPage, NeedInAreaPage, NeedPage, WithdrawnPage } from '@/components/local-support/directory-pages';
import { ServiceDetails } from '@/components/local-support/service-details';
import { PageShell } from '@/components/layout/page-shell';
import { getDirectoryRoutes, getNavigation, getServices, getSiteSettings, getWithdrawnServices } from '@/lib/content';
import {
  directoryPageMeta,
  directoryPagePath,
  directoryPath,
  resolveDirectoryPath,
  serviceJsonLd,
} from '@/lib/local-support';
import { canonicalUrl } from '@/lib/urls';

type Props = { params: Promise<{ path: string[] }> };

// Only the directory's own pages exist: each service, need, need in an area,
// area, and the notice at a withdrawn service's address
// (lib/local-support/routes.ts). Any other address is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return getDirectoryRoutes()
    .paths.filter((path) => path !== directoryPath)
    .map((path) => ({ path: path.slice(directoryPath.length + 1).split('/') }));
}

function resolve(path: string[]) {
  return resolveDirectoryPath(path, getServices(), getSiteSettings().areas, getWithdrawnServices());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = resolve((await params).path);
  if (!page) return {};
  const { title, description } = directoryPageMeta(page);
  return {
    title,
    description,
    alternates: { canonical: directoryPagePath(page) },
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
    <PageShell settings={settings} navigation={getNavigation()} currentPath={path} crumbs={directoryPageMeta(page).crumbs}>
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
    </PageShell>
  );
}
