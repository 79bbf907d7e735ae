import type { Metadata } from 'next';
import { ContentPage } from '@/components/content-page';
import { WhatsOnSchedule } from '@/components/whats-on/whats-on-page';
import { getCategories, getPage, getSessions, getSiteSettings } from '@/lib/content';
import { buildNow } from '@/lib/dates/now';
import { groupSchedule } from '@/lib/schedule';
import { whatsOnPath } from '@/lib/urls';
import { contentPageMetadata } from '@/lib/views/content-page';
import { getPageView } from '@/lib/views/page-view';
import { sessionEventsJsonLd } from '@/lib/views/whats-on';

/** The editor's text of "What's on" (content/whats-on/index.mdx). */
function whatsOnPage() {
  const page = getPage(whatsOnPath);
  if (!page) throw new Error('content/whats-on/index.mdx is missing: the "What\'s on" page has no text.');
  return page;
}

export function generateMetadata(): Metadata {
  return contentPageMetadata(whatsOnPage());
}

/** "What's on": the editor's text, then every session's dates. */
export default async function WhatsOnPage() {
  const sessions = getSessions();
  return (
    <ContentPage view={await getPageView(whatsOnPage())}>
      <WhatsOnSchedule
        groups={groupSchedule(sessions, buildNow())}
        categories={getCategories()}
        settings={getSiteSettings()}
        events={sessionEventsJsonLd(sessions)}
        intro={null}
      />
    </ContentPage>
  );
}
