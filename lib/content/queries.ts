import 'server-only';
import { compileMdx, mdxCacheDir } from '../mdx/compile';
import type { SiteSettings } from '../schemas/site';
import type { Category, Session } from '../schedule';
import type { Video } from '../video/parse';
import { projectRoot, validContent, type NavItem, type Page } from './load';
import { perContent } from './per-content';
import { pagePath } from '../urls';

/** Questions the site's templates ask of the validated content. */

/** The health and wellbeing sessions, from content/whats-on/sessions/<slug>.yaml. */
export function getSessions(): Session[] {
  return validContent().sessions;
}

export function getSession(slug: string): Session | null {
  return lookups().sessionBySlug.get(slug) ?? null;
}

export function getVideos(): ReadonlyMap<string, Video> {
  return validContent().videos;
}

export function getAllPages(): Page[] {
  return validContent().pages;
}

export function getPage(pathname: string): Page | null {
  return lookups().byPath.get(pathname) ?? null;
}

export function getSiteSettings(): SiteSettings {
  return validContent().settings;
}

/** Pages that list themselves in the header menu, in their order. */
export function getNavigation(): NavItem[] {
  return lookups().navigation;
}

/** The pages one level below a page, for "In this section" lists. */
export function getChildPages(parent: Page): Page[] {
  return [...(lookups().children.get(parent.path) ?? [])];
}

type Lookups = {
  byPath: Map<string, Page>;
  children: Map<string, Page[]>;
  navigation: NavItem[];
  sessionBySlug: Map<string, Session>;
};

/**
 * Every page asks for itself, its parents, its children and the menu. With
 * each question walking every page, a build of n pages did n² work: at 1,000
 * pages, millions of comparisons (issue 13). They are answered from maps
 * made once per process, for the content loaded.
 */
const lookups = perContent((): Lookups => {
  const pages = getAllPages();
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const children = new Map<string, Page[]>();
  for (const page of pages) {
    if (page.slug.length === 0) continue;
    const parent = pagePath(page.slug.slice(0, -1));
    children.set(parent, [...(children.get(parent) ?? []), page]);
  }
  for (const list of children.values()) {
    list.sort(
      (a, b) =>
        (a.frontmatter.order ?? 100) - (b.frontmatter.order ?? 100) ||
        a.frontmatter.title.localeCompare(b.frontmatter.title),
    );
  }
  const navigation = pages
    .filter((page) => page.frontmatter.nav)
    .sort((a, b) => a.frontmatter.nav!.order - b.frontmatter.nav!.order)
    .map((page) => ({
      label: page.frontmatter.nav!.label ?? page.frontmatter.shortTitle ?? page.frontmatter.title,
      href: page.path,
    }));
  const sessionBySlug = new Map(getSessions().map((session) => [session.slug, session]));
  return { byPath, children, navigation, sessionBySlug };
});

/** The chain of pages from the home page down to (not including) this one. */
export function getBreadcrumbs(page: Page): Page[] {
  const crumbs: Page[] = [];
  for (let depth = 0; depth < page.slug.length; depth++) {
    const ancestor = getPage(pagePath(page.slug.slice(0, depth)));
    if (ancestor) crumbs.push(ancestor);
  }
  return crumbs;
}

export function compilePage(page: Page): Promise<string> {
  return compileMdx(page.source, mdxCacheDir(projectRoot));
}

/** Redirects from pages' old addresses, and pages that may embed YouTube, for the server configuration. */
export function getServerConfigInput(): { redirects: Array<{ from: string; to: string }>; youtubePaths: string[] } {
  const pages = getAllPages();
  const videos = getVideos();
  return {
    redirects: pages
      .flatMap((page) => (page.frontmatter.redirectFrom ?? []).map((from) => ({ from, to: page.path })))
      .sort((a, b) => a.from.localeCompare(b.from)),
    youtubePaths: pages
      .filter((page) => page.videoIds.some((id) => videos.get(id)?.source.type === 'youtube'))
      .map((page) => page.path),
  };
}

/** The categories that have sessions, sorted. */
export function getCategories(): Category[] {
  return [...new Set(getSessions().map((session) => session.category))].sort();
}
