import type { Metadata } from 'next';
import { DirectoryHome } from '@/components/local-support/directory-pages';
import { PageShell } from '@/components/layout/page-shell';
import { getNavigation, getServices, getSiteSettings } from '@/lib/content';
import { directoryPath } from '@/lib/local-support';
import { canonicalUrl } from '@/lib/urls';

export const metadata: Metadata = {
  title: 'Find local support',
  description: 'Services that help with the effects of cancer, near you in south east London, by phone or online. Choose what you need and where you live.',
  alternates: { canonical: directoryPath },
};

export default function Page() {
  const settings = getSiteSettings();
  return (
    <PageShell settings={settings} navigation={getNavigation()} currentPath={directoryPath} crumbs={[{ label: 'Home', href: '/' }]}>
      <DirectoryHome services={getServices()} siteAreas={settings.areas} url={canonicalUrl(settings.url, directoryPath)} />
    </PageShell>
  );
}
