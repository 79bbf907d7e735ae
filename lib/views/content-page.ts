import 'server-only';
import type { Metadata } from 'next';
import { getAllPages, getSiteSettings, type Page } from '../content';
import { pagesToRender } from '../build/finished-pages';
import { calendarAlternate } from '../seo/calendar';
import { shareMetadata } from '../seo/share';
import { pathSegments, sitePaths } from '../urls';

/**
 * Content pages (content/**\/index.mdx) are served by the catch-all route,
 * except those a route of their own renders with more than their MDX:
 * "What's on" (app/whats-on/page.tsx) adds the schedule below its text.
 */
const pagesWithTheirOwnRoute: readonly string[] = [sitePaths.whatsOn];

/** Whether the catch-all route serves this page (and nothing more specific does). */
export function isPlainContentPage(page: Page): boolean {
  return !pagesWithTheirOwnRoute.some((path) => page.path === path || page.path.startsWith(`${path}/`));
}

/** The pages the catch-all route serves. */
export function plainContentPages(): Page[] {
  return getAllPages().filter(isPlainContentPage);
}

/**
 * The catch-all route's addresses for its generateStaticParams: in `next
 * build`, only the pages an earlier build has not already finished with the
 * same inputs (lib/build/finished-pages.ts); the post-build step puts those
 * back. Every page in `npm run dev`.
 */
export function plainContentPageParams(): Array<{ slug: string[] }> {
  return pagesToRender(plainContentPages()).map((page) => ({ slug: pathSegments(page.path) }));
}

/** A content page's title, description, canonical address, indexing and what a shared link shows. */
export function contentPageMetadata(page: Page): Metadata {
  const settings = getSiteSettings();
  const { title, description } = page.frontmatter;
  return {
    // The layout's template adds " - <site name>"; a page titled with the site's own name (the home page) does not repeat it.
    title: title === settings.name ? { absolute: title } : title,
    description,
    // "What's on" also points calendar apps at the feed of every session.
    alternates: { canonical: page.path, ...(page.path === sitePaths.whatsOn ? calendarAlternate(settings) : {}) },
    robots: page.frontmatter.noindex ? { index: false } : undefined,
    ...shareMetadata({ settings, title, description, path: page.path }),
  };
}
