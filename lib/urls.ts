/**
 * Every address on this site is made here, and only here: the routes in app/,
 * the links in components/, the search index, the sitemap, the calendar and
 * transcript files the build writes, and the link checks all ask this module.
 * If an address changes, it changes once. lib/urls.test.ts
 * fails if a file elsewhere writes one of the addresses below by hand.
 *
 * This module is pure (no content/ reading), so the browser islands, the
 * server configuration and the build scripts can all use it.
 */

/**
 * The fixed addresses. A new collection or generated file adds its base
 * address here; the architecture test then guards it everywhere else.
 */
export const sitePaths = {
  /** The home page. */
  home: '/',
  /** The search page (works without JavaScript: A to Z and "find support"). */
  search: '/search',
  /** The folder of the search index the search island loads, written by the build (lib/search/format.ts). */
  searchIndex: '/search-index',
  /** "What's on": the health and wellbeing sessions. */
  whatsOn: '/whats-on',
  /** The content page that routes people to help by what is bothering them. */
  findSupport: '/find-support',
  /** The glossary: what the medical words mean. */
  glossary: '/glossary',
  /** The local support directory: services by need and by area. */
  localSupport: '/local-support',
  /** The signs that need help now, and who to call (linked from every page's footer). */
  urgentHelp: '/urgent-help',
  /** Plain-text transcripts of the videos, written by the build. */
  transcripts: '/transcripts',
  /** The islands' scripts, bundled by the build. */
  islands: '/islands',
} as const;

/**
 * The addresses that no file outside this one may write by hand (all but the
 * home page, whose "/" is too common a string to police). A function, so the
 * browser islands that use this module do not carry it.
 */
export function guardedPathPrefixes(): string[] {
  return Object.values(sitePaths).filter((path) => path !== sitePaths.home);
}

export const homePath = sitePaths.home;
export const searchPath = sitePaths.search;
export const searchIndexPath = sitePaths.searchIndex;

/**
 * The folder of one build's search index, named by its hash so browsers may
 * keep it. Without a version: the placeholder the search page is rendered
 * with, which the post-build step replaces with the current folder.
 */
export function searchIndexFolder(version?: string): string {
  return version ? `${sitePaths.searchIndex}/${version}/` : `${sitePaths.searchIndex}/`;
}
export const whatsOnPath = sitePaths.whatsOn;
export const findSupportPath = sitePaths.findSupport;
export const glossaryPath = sitePaths.glossary;
export const urgentHelpPath = sitePaths.urgentHelp;

/** A content page's address from its folder names: [] is the home page. */
export function pagePath(slug: readonly string[]): string {
  return `/${slug.join('/')}`;
}

/** The folder names of an address, for a route's generateStaticParams: "/a/b" is ["a", "b"]. */
export function pathSegments(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/** Whether an address is the home page. */
export function isHomePath(path: string): boolean {
  return path === sitePaths.home;
}

/** A place on a page: its address and a heading's or term's id. */
export function anchorHref(path: string, id: string): string {
  return `${path}#${id}`;
}

/** A section of the "find support" page, by its heading's id. */
export function findSupportHref(headingId: string): string {
  return anchorHref(sitePaths.findSupport, headingId);
}

/** Whether a link goes to the glossary (or one of its terms). */
export function isGlossaryHref(url: string): boolean {
  return url === sitePaths.glossary || ['/', '#', '?'].some((next) => url.startsWith(`${sitePaths.glossary}${next}`));
}

/** A health and wellbeing session's page. */
export function sessionPath(session: { slug: string }): string {
  return `${sitePaths.whatsOn}/${session.slug}`;
}

/** The "What's on" list of one category of sessions. */
export function categoryPath(category: string): string {
  return `${sitePaths.whatsOn}/category/${category}`;
}

/** The calendar feed of every session. */
export const scheduleCalendarPath = `${sitePaths.whatsOn}/calendar.ics`;

/** One occurrence's "Add to calendar" file, given its file name (lib/schedule calendarFileName). */
export function occurrenceCalendarPath(fileName: string): string {
  return `${sitePaths.whatsOn}/calendars/${fileName}`;
}

/*
 * The local support directory. Printed handouts and QR codes carry these
 * addresses: do not change one without adding a redirect from the old one.
 */

/** The directory's start page. */
export const directoryPath = sitePaths.localSupport;

/** One service's page. */
export function servicePath(slug: string): string {
  return `${sitePaths.localSupport}/${slug}`;
}

/** The services for one need, in every area. */
export function needPath(need: string): string {
  return `${sitePaths.localSupport}/need/${need}`;
}

/** A need's services in one area: the second tap of the two-tap route (docs/editing-local-support.md). */
export function needInAreaPath(need: string, area: string): string {
  return `${sitePaths.localSupport}/need/${need}/${area}`;
}

/** The services in one area, for every need. */
export function areaPath(area: string): string {
  return `${sitePaths.localSupport}/area/${area}`;
}

/** A video's plain-text transcript. */
export function transcriptPath(videoId: string): string {
  return `${sitePaths.transcripts}/${videoId}.txt`;
}

/** An island's script before the build gives it a hashed name. */
export function islandScriptPath(name: string): string {
  return `${sitePaths.islands}/${name}.js`;
}

/** A page's public address: the site's address and the page's path (the home page is the site's address). */
export function canonicalUrl(siteUrl: string, path: string): string {
  return isHomePath(path) ? siteUrl : `${siteUrl}${path}`;
}

