import 'server-only';
import type { SearchDoc } from '../search/index-builder';
import { anchorHref, categoryPath, scheduleCalendarPath, searchPath, sessionPath, transcriptPath, whatsOnPath } from '../urls';
import { getAllPages, getCategories, getSessions, getVideos } from './queries';
import { perContent } from './per-content';
import { getDirectoryRoutes } from './services';

/** Lists built from all of the content: for search, the A to Z, the sitemap and the link checks. */

/** What the search index is built from: each page, and each of its sections. */
export const getSearchDocuments: () => readonly SearchDoc[] = perContent(searchDocuments);

function searchDocuments(): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const page of getAllPages()) {
    if (page.frontmatter.noindex) continue;
    const { title, description } = page.frontmatter;
    docs.push({
      id: page.path,
      url: page.path,
      title,
      description,
      headings: page.headings.map((heading) => heading.text),
      // Each section is its own document; the page keeps its introduction,
      // so a long page does not outrank its own sections (and the index stays small).
      text: page.intro,
      kind: 'page',
    });
    for (const section of page.sections) {
      docs.push({
        id: anchorHref(page.path, section.id),
        url: anchorHref(page.path, section.id),
        title: `${section.heading} (${title})`,
        description: '',
        headings: [],
        text: section.text,
        kind: 'section',
      });
    }
    for (const entry of page.terms) {
      docs.push({
        id: anchorHref(page.path, entry.id),
        url: anchorHref(page.path, entry.id),
        title: entry.term,
        description: '',
        headings: [],
        text: entry.text,
        kind: 'glossary',
      });
    }
  }
  for (const session of getSessions()) {
    docs.push({
      id: sessionPath(session),
      url: sessionPath(session),
      title: session.title,
      description: session.summary,
      headings: session.topics ?? [],
      text: `${session.description} ${session.audience}`,
      kind: 'session',
    });
  }
  docs.push(...getDirectoryRoutes().searchDocs);
  return docs;
}

/** Every topic for the A to Z on /search: pages and glossary terms, sorted. */
export function getAtoZ(): Array<{ label: string; href: string; kind: 'page' | 'glossary' }> {
  return getAllPages()
    .filter((page) => !page.frontmatter.noindex)
    .flatMap((page) => [
      { label: page.frontmatter.title, href: page.path, kind: 'page' as const },
      ...page.terms.map((entry) => ({ label: entry.term, href: anchorHref(page.path, entry.id), kind: 'glossary' as const })),
    ])
    .sort((a, b) => a.label.localeCompare(b.label, 'en-GB', { sensitivity: 'base' }));
}

/** Every address a search engine should know, with when its content last changed. */
export function getSitemapPaths(): Array<{ path: string; lastModified: string }> {
  const pages = getAllPages()
    .filter((page) => !page.frontmatter.noindex)
    .map((page) => ({ path: page.path, lastModified: page.frontmatter.lastReviewed }));
  const whatsOn = pages.find((page) => page.path === whatsOnPath)?.lastModified ?? '';
  return [
    ...pages,
    ...getSessions().map((session) => ({ path: sessionPath(session), lastModified: session.lastReviewed })),
    ...getCategoryPaths().map((path) => ({ path, lastModified: whatsOn })),
    { path: searchPath, lastModified: pages[0]?.lastModified ?? '' },
    ...getDirectoryRoutes().sitemap,
  ];
}

/**
 * Every address the site serves: pages (with the #anchors each offers) and
 * generated files, for the link checks.
 */
export function getRoutes(): { pages: Array<{ path: string; anchors?: string[] }>; files: string[] } {
  const pages = getAllPages().map((page) => ({ path: page.path, anchors: page.anchors }));
  const sessions = getSessions().map((session) => ({ path: sessionPath(session), anchors: undefined }));
  const categories = getCategoryPaths().map((path) => ({ path, anchors: undefined }));
  const directory = getDirectoryRoutes().paths.map((path) => ({ path, anchors: undefined }));
  return {
    pages: [...pages, ...sessions, ...categories, { path: searchPath, anchors: undefined }, ...directory].filter(
      (route, index, all) => all.findIndex((other) => other.path === route.path) === index,
    ),
    files: [...[...getVideos().keys()].map(transcriptPath), scheduleCalendarPath],
  };
}

/** "Browse by category" pages, one for each category that has sessions. */
export function getCategoryPaths(): string[] {
  return getCategories().map(categoryPath);
}
