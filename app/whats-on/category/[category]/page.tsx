import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/layout/page-shell';
import { CategoryIntro } from '@/components/whats-on/category-intro';
import { WhatsOnSchedule } from '@/components/whats-on/whats-on-page';
import { getCategories, getNavigation, getSiteSettings } from '@/lib/content';
import { buildNow } from '@/lib/dates/now';
import { groupSchedule } from '@/lib/schedule';
import { categoryPath } from '@/lib/urls';
import { categoryPageMetadata, isCategory, sessionEventsJsonLd, sessionsInCategory, whatsOnBreadcrumbs } from '@/lib/views/whats-on';

type Props = { params: Promise<{ category: string }> };

/** One list per category that has sessions; any other address is a 404. */
export const dynamicParams = false;

export function generateStaticParams() {
  return getCategories().map((category) => ({ category }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { category } = await params;
  return isCategory(category) ? categoryPageMetadata(category) : {};
}

/** "What's on" for one type of session. */
export default async function CategoryPage({ params }: Props) {
  const { category } = await params;
  if (!isCategory(category)) notFound();
  const settings = getSiteSettings();
  const sessions = sessionsInCategory(category);
  return (
    <PageShell settings={settings} navigation={getNavigation()} currentPath={categoryPath(category)} crumbs={whatsOnBreadcrumbs()}>
      <div className="max-w-[44rem]">
        <WhatsOnSchedule
          groups={groupSchedule(sessions, buildNow())}
          categories={getCategories()}
          category={category}
          settings={settings}
          events={sessionEventsJsonLd(sessions)}
          intro={<CategoryIntro category={category} />}
        />
      </div>
    </PageShell>
  );
}
