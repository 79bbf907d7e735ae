import path from 'node:path';
import { listFiles } from '../build/files';
import type { Redirect } from '../server-config';
import { asciiLowerCase, pageKey, parseTarget } from './address';

/**
 * Everything either server needs to know about the built site, written by
 * the post-build step to build/site-table.json. The local server answers
 * from it directly (answer() below) and nginx from the maps written from it
 * (lib/serving/nginx.ts); the address-shape test proves the two agree.
 */
export type SiteTable = {
  /** Every page's address: "/", "/cancer-rehabilitation", … */
  pages: string[];
  /** Old addresses (from pages' `redirectFrom`) and the page each now lives at. */
  redirects: Redirect[];
  /** Pages that may embed a YouTube video after the visitor asks. */
  youtubePaths: string[];
  /** Every other file the site serves, as an address ("/sitemap.xml"). */
  files: string[];
};

/** Precompressed copies sit beside the files they compress and are never asked for by name. */
export const COMPRESSED_SUFFIXES = ['.br', '.gz'] as const;

/** The page an address (already lower-cased) means, for every spelling of it. */
export function pageTargets(table: Pick<SiteTable, 'pages' | 'redirects'>): Map<string, string> {
  const targets = new Map<string, string>();
  for (const page of table.pages) targets.set(asciiLowerCase(page), page);
  // "/index.html" is the home page's file, so that address is an old one for "/".
  if (table.pages.includes('/')) targets.set('/index', '/');
  for (const redirect of table.redirects) targets.set(asciiLowerCase(pageKey(redirect.from)), redirect.to);
  return targets;
}

/** The file a page is served from. */
export function pageFile(page: string): string {
  return page === '/' ? '/index.html' : `${page}.html`;
}

/** Reads the built site: its pages are its .html files (but the 404 page), the rest are files. */
export function readSiteTable(outDir: string, input: Pick<SiteTable, 'redirects' | 'youtubePaths'>): SiteTable {
  const pages: string[] = [];
  const files: string[] = [];
  for (const file of listFiles(outDir)) {
    const address = `/${path.relative(outDir, file).split(path.sep).join('/')}`;
    if (COMPRESSED_SUFFIXES.some((suffix) => address.endsWith(suffix))) continue;
    if (address === '/404.html') continue;
    if (address.endsWith('.html')) pages.push(address === '/index.html' ? '/' : address.slice(0, -'.html'.length));
    else files.push(address);
  }
  return { pages: pages.sort(), redirects: input.redirects, youtubePaths: input.youtubePaths, files: files.sort() };
}

export type Answer =
  | { kind: 'file'; status: 200; file: string; uri: string }
  | { kind: 'redirect'; status: 308; location: string; uri: string }
  | { kind: 'not-found'; status: 404; file: '/404.html'; uri: string }
  | { kind: 'error'; status: 400 | 405 | 414; uri: string | null };

export const ALLOWED_METHODS = ['GET', 'HEAD'] as const;

/**
 * What the site answers to a method and request target: the local server's
 * whole routing, and what nginx's generated configuration does too.
 * - a mixed-case or old address, or one with ".html" or a trailing slash,
 *   is a 308 to the page, in one hop, keeping the query;
 * - a page or file is a 200; anything else is the 404 page;
 * - only GET and HEAD: anything else is 405.
 */
export function createAnswerer(table: SiteTable): (method: string, target: string) => Answer {
  const targets = pageTargets(table);
  const files = new Set(table.files);
  return (method, target) => {
    const parsed = parseTarget(target);
    if (!parsed.ok) return { kind: 'error', status: parsed.status, uri: parsed.status === 414 ? parsed.uri : null };
    const { uri, query } = parsed;
    if (!(ALLOWED_METHODS as readonly string[]).includes(method)) return { kind: 'error', status: 405, uri };
    const page = targets.get(asciiLowerCase(pageKey(uri)));
    if (page !== undefined && page !== uri) {
      return { kind: 'redirect', status: 308, location: query ? `${page}?${query}` : page, uri };
    }
    if (page !== undefined) return { kind: 'file', status: 200, file: pageFile(page), uri };
    if (files.has(uri)) return { kind: 'file', status: 200, file: uri, uri };
    return { kind: 'not-found', status: 404, file: '/404.html', uri };
  };
}
