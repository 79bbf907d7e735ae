import type { Metadata } from 'next';
import { DirectoryHome } from '@/components/local-support/directory-pages';
import { PageShell } from '@/components/layout/page-shell';
import { reportProblemFor } from '@/lib/report-problem';
import { getNavigation, getServices, getSiteSettings } from '@/lib/content';
import { directoryPath } from '@/lib/local-support';
import { JsonLd } from '@/components/json-ld';
import { shareMetadata } from '@/lib/seo/share';
import { breadcrumbJsonLd } from '@/lib/seo/structured-data';
import { canonicalUrl, homePath } from '@/lib/urls';

const title = 'Find local support';
const description =
  'Services that help with the effects of cancer, near you in south east London, by phone or online. Choose what you need and where you live.';
const crumbs = [{ label: 'Home', href: homePath }];

export const metadata: Metadata = {
  title,
  description,
  alternates: { canonical: directoryPath },
  ...shareMetadata({ settings: getSiteSettings(), title, description, path: directoryPath }),
};

export default function Page() {
  const settings = getSiteSettings();
  return (
    <PageShell
      settings={settings}
      navigation={getNavigation()}
      currentPath={directoryPath}
      crumbs={crumbs}
      report={reportProblemFor(settings, directoryPath, 'Find local support')}
    >
      <DirectoryHome services={getServices()} siteAreas={settings.areas} url={canonicalUrl(settings.url, directoryPath)} />
      <JsonLd data={breadcrumbJsonLd(settings, crumbs, { title, path: directoryPath })} />
    </PageShell>
  );
}
