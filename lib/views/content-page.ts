import 'server-only';
import type { Metadata } from 'next';
import { getAllPages, getSiteSettings, type Page } from '../content';
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

/** The catch-all route's addresses, as its generateStaticParams returns them. */
export function plainContentPageParams(): Array<{ slug: string[] }> {
  return getAllPages()
    .filter(isPlainContentPage)
    .map((page) => ({ slug: pathSegments(page.path) }));
}

/** A content page's title, description, canonical address and indexing. */
export function contentPageMetadata(page: Page): Metadata {
  return {
    // The layout's template adds " - <site name>"; a page titled with the site's own name (the home page) does not repeat it.
    title: page.frontmatter.title === getSiteSettings().name ? { absolute: page.frontmatter.title } : page.frontmatter.title,
    description: page.frontmatter.description,
    alternates: { canonical: page.path },
    robots: page.frontmatter.noindex ? { index: false } : undefined,
  };
}
