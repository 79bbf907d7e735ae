import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/layout/page-shell';
import { SessionDetails } from '@/components/whats-on/session-page';
import { getNavigation, getSession, getSessions, getSiteSettings } from '@/lib/content';
import { buildNow } from '@/lib/dates/now';
import { groupSchedule } from '@/lib/schedule';
import { sessionPath } from '@/lib/urls';
import { sessionEventsJsonLd, sessionPageMetadata, whatsOnBreadcrumbs } from '@/lib/views/whats-on';

type Props = { params: Promise<{ session: string }> };

/** One page per session in content/whats-on/sessions/; any other address is a 404. */
export const dynamicParams = false;

export function generateStaticParams() {
  return getSessions().map((session) => ({ session: session.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const session = getSession((await params).session);
  return session ? sessionPageMetadata(session) : {};
}

/** A health and wellbeing session: what it is, who it is for, its dates and how to book. */
export default async function SessionPage({ params }: Props) {
  const session = getSession((await params).session);
  if (!session) notFound();
  const settings = getSiteSettings();
  return (
    <PageShell settings={settings} navigation={getNavigation()} currentPath={sessionPath(session)} crumbs={whatsOnBreadcrumbs()}>
      <SessionDetails
        session={session}
        groups={groupSchedule([session], buildNow())}
        settings={settings}
        events={sessionEventsJsonLd([session])}
      />
    </PageShell>
  );
}
