import { IMMUTABLE, REVALIDATE, immutablePaths, securityHeaders, youtubePageHeaders } from '../server-config';
import { ALLOWED_METHODS, pageFile, type Answer, type SiteTable } from './site-table';

/**
 * The site's file types, by extension: written into nginx's `types {}` block
 * and used by the local server, so a file has the same type on both.
 */
export const contentTypes: Readonly<Record<string, string>> = {
  html: 'text/html',
  css: 'text/css',
  js: 'application/javascript',
  json: 'application/json',
  xml: 'application/xml',
  txt: 'text/plain',
  vtt: 'text/vtt',
  ics: 'text/calendar',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  ico: 'image/x-icon',
  webm: 'video/webm',
  mp4: 'video/mp4',
  webmanifest: 'application/manifest+json',
};
export const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

/** Text types are sent with "; charset=utf-8" (nginx: `charset utf-8` and `charset_types`). */
export const charsetTypes = [
  'text/html',
  'text/css',
  'text/plain',
  'text/vtt',
  'text/calendar',
  'application/javascript',
  'application/json',
  'application/xml',
  'application/manifest+json',
  'image/svg+xml',
];

export function contentTypeOf(file: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  const type = (extension && contentTypes[extension]) || DEFAULT_CONTENT_TYPE;
  return charsetTypes.includes(type) ? `${type}; charset=utf-8` : type;
}

const immutableRegexes = immutablePaths.map((entry) => new RegExp(entry.regex));

/**
 * Cache-Control for an address as nginx sees it when it sends the headers:
 * the file it served, the 404 page, or (for a redirect or refusal) the
 * decoded address asked for.
 */
export function cacheControlFor(uri: string | null): string {
  return uri !== null && immutableRegexes.some((regex) => regex.test(uri)) ? IMMUTABLE : REVALIDATE;
}

/** The one page file that may frame YouTube, as nginx matches it ($uri after try_files). */
export function youtubeFiles(table: Pick<SiteTable, 'youtubePaths'>): string[] {
  return table.youtubePaths.map(pageFile);
}

/** Every header the site sets on an answer, but the file's own (type, length, ETag). */
export function answerHeaders(answer: Answer, method: string, youtube: ReadonlySet<string>): Record<string, string> {
  const uriForHeaders = answer.kind === 'file' || answer.kind === 'not-found' ? answer.file : answer.uri;
  // As nginx's map: by the address it sees, so a redirect from "/video.html" has the page's policy too.
  const security = uriForHeaders !== null && youtube.has(uriForHeaders) ? youtubePageHeaders : securityHeaders;
  return {
    ...security,
    'Cache-Control': cacheControlFor(uriForHeaders),
    ...((ALLOWED_METHODS as readonly string[]).includes(method) ? {} : { Allow: ALLOWED_METHODS.join(', ') }),
  };
}

/**
 * The precompressed encodings a browser accepts, best first, from its
 * Accept-Encoding: "br;q=0" or "gzip;q=0" refuse one, "*" accepts both
 * (RFC 9110, section 12.5.3), as nginx reads it.
 */
export function acceptedEncodings(header: string | undefined): Array<'br' | 'gzip'> {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...parameters] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find(Boolean);
    weights.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (name: string) => weights.get(name) ?? (weights.has('*') ? weights.get('*')! : 0);
  return (['br', 'gzip'] as const).filter((name) => weight(name) > 0);
}
