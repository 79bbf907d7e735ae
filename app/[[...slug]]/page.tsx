import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ContentPage } from '@/components/content-page';
import { PageShell } from '@/components/layout/page-shell';
import { SessionDetails } from '@/components/whats-on/session-page';
import { WhatsOnSchedule } from '@/components/whats-on/whats-on-page';
import {
  getAllPages,
  getCategories,
  getCategoryPaths,
  getNavigation,
  getPage,
  getSession,
  getSessions,
  getSiteSettings,
  sessionPath,
} from '@/lib/content';
import { buildNow } from '@/lib/now';
import { getPageView } from '@/lib/page-view';
import { reportProblemFor } from '@/lib/report-problem';
import { categoryLabels, categoryValues, groupSchedule, scheduleEvents, type Category, type Session } from '@/lib/schedule';

type Props = { params: Promise<{ slug?: string[] }> };

// Only addresses that come from content/ exist: pages, sessions and the
// "What's on" category lists. Any other address is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return [
    ...getAllPages().map((page) => ({ slug: page.slug })),
    ...getSessions().map((session) => ({ slug: ['whats-on', session.slug] })),
    ...getCategoryPaths().map((path) => ({ slug: path.slice(1).split('/') })),
  ];
}

type Resolved =
  | { kind: 'page'; path: string }
  | { kind: 'session'; session: Session }
  | { kind: 'category'; category: Category };

function resolve(slug: string[] | undefined): Resolved | null {
  const path = `/${(slug ?? []).join('/')}`;
  if (getPage(path)) return { kind: 'page', path };
  const [section, second, third] = slug ?? [];
  if (section === 'whats-on' && second === 'category' && (categoryValues as readonly string[]).includes(third ?? '')) {
    return { kind: 'category', category: third as Category };
  }
  if (section === 'whats-on' && second && !third) {
    const session = getSession(second);
    if (session) return { kind: 'session', session };
  }
  return null;
}

function eventsFor(sessions: Session[]) {
  const settings = getSiteSettings();
  return scheduleEvents(sessions, {
    siteUrl: settings.url,
    sessionPath,
    now: buildNow(),
    organizer: { name: settings.organisation, url: settings.url },
  });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const resolved = resolve((await params).slug);
  if (!resolved) return {};
  if (resolved.kind === 'session') {
    return {
      title: `${resolved.session.title}: health and wellbeing session`,
      description: resolved.session.summary,
      alternates: { canonical: sessionPath(resolved.session) },
    };
  }
  if (resolved.kind === 'category') {
    return {
      title: `${categoryLabels[resolved.category]} sessions`,
      description: `Health and wellbeing sessions about ${categoryLabels[resolved.category].toLowerCase()}, with their dates and how to book.`,
      alternates: { canonical: `/whats-on/category/${resolved.category}` },
    };
  }
  const page = getPage(resolved.path)!;
  return {
    title: page.path === '/' ? { absolute: `${getSiteSettings().name}: ${page.frontmatter.title}` } : page.frontmatter.title,
    description: page.frontmatter.description,
    alternates: { canonical: page.path },
    robots: page.frontmatter.noindex ? { index: false } : undefined,
  };
}

export default async function Page({ params }: Props) {
  const resolved = resolve((await params).slug);
  if (!resolved) notFound();
  const settings = getSiteSettings();
  const now = buildNow();

  if (resolved.kind === 'page') {
    const view = await getPageView(getPage(resolved.path)!);
    if (resolved.path !== '/whats-on') return <ContentPage view={view} />;
    const sessions = getSessions();
    return (
      <ContentPage view={view}>
        <WhatsOnSchedule
          groups={groupSchedule(sessions, now)}
          categories={getCategories()}
          settings={settings}
          events={eventsFor(sessions)}
          intro={null}
        />
      </ContentPage>
    );
  }

  const whatsOn = { label: "What's on", href: '/whats-on' };
  const crumbs = [{ label: 'Home', href: '/' }, whatsOn];
  if (resolved.kind === 'session') {
    const { session } = resolved;
    return (
      <PageShell
        siteName={settings.name}
        navigation={getNavigation()}
        currentPath={sessionPath(session)}
        crumbs={crumbs}
        report={reportProblemFor(settings, sessionPath(session), session.title)}
      >
        <SessionDetails session={session} groups={groupSchedule([session], now)} settings={settings} events={eventsFor([session])} />
      </PageShell>
    );
  }

  const { category } = resolved;
  const sessions = getSessions().filter((session) => session.category === category);
  return (
    <PageShell
      siteName={settings.name}
      navigation={getNavigation()}
      currentPath={`/whats-on/category/${category}`}
      crumbs={crumbs}
      report={reportProblemFor(settings, `/whats-on/category/${category}`, `${categoryLabels[category]} sessions`)}
    >
      <div className="max-w-[44rem]">
        <WhatsOnSchedule
          groups={groupSchedule(sessions, now)}
          categories={getCategories()}
          category={category}
          settings={settings}
          events={eventsFor(sessions)}
          intro={
            <>
              <h1 className="text-3xl font-bold sm:text-5xl">{categoryLabels[category]} sessions</h1>
              <p className="mt-4">
                Health and wellbeing sessions of this type, with their dates and how to book. See{" "}
                <a href="/whats-on">all health and wellbeing sessions</a>.
              </p>
            </>
          }
        />
      </div>
    </PageShell>
  );
}
