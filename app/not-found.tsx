import type { Metadata } from 'next';
import { PageShell } from '@/components/layout/page-shell';
import { getNavigation, getSiteSettings } from '@/lib/content';
import { findSupportPath, homePath, searchPath } from '@/lib/urls';

export const metadata: Metadata = {
  title: 'Page not found',
  robots: { index: false },
};

/** Served with status 404 for any address that is not a page. */
export default function NotFound() {
  const settings = getSiteSettings();
  return (
    <PageShell settings={settings} navigation={getNavigation()} currentPath="/404" crumbs={[]}>
      <div className="prose prose-site">
        <h1>Page not found</h1>
        <p>If you typed the web address, check it is correct.</p>
        <p>If you pasted the web address, check you copied the entire address.</p>
        <p>You can:</p>
        <ul>
          <li>
            <a href={homePath}>go to the home page</a>
          </li>
          <li>
            <a href={findSupportPath}>find support by what is bothering you</a>
          </li>
          <li>
            <a href={searchPath}>search this site</a>
          </li>
        </ul>
        <p>
          If the link came from a letter or leaflet, contact the {settings.contact.team} on {settings.contact.phone} or
          email <a href={`mailto:${settings.contact.email}`}>{settings.contact.email}</a> and tell them which address
          did not work.
        </p>
      </div>
    </PageShell>
  );
}
