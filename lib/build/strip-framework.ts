import { sitePaths } from '../urls';

/**
 * Removes the Next.js framework runtime from a statically exported page
 * (docs/decisions/001-static-html-without-framework-javascript.md). The
 * server-rendered HTML is the whole page; what stays is structured data
 * (application/ld+json) and the site's own islands under /islands/.
 */

const scriptTag = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const frameworkLink = /<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>|<link\b[^>]*\brel="modulepreload"[^>]*\/?>/gi;
// React leaves an empty hidden Suspense marker at the top of <body>.
const emptySuspenseMarker = /<div hidden="">(?:<!--\$-->|<!--\/\$-->)*<\/div>/g;

export function isKeptScript(attributes: string): boolean {
  if (/\btype="application\/ld\+json"/i.test(attributes)) return true;
  const src = /\bsrc="([^"]*)"/i.exec(attributes)?.[1];
  return src !== undefined && src.startsWith(`${sitePaths.islands}/`);
}

export function stripFrameworkScripts(html: string): string {
  return html
    .replace(scriptTag, (tag, attributes: string) => (isKeptScript(attributes) ? tag : ''))
    .replace(frameworkLink, '')
    .replace(emptySuspenseMarker, '');
}

/** Scripts left in a page that are not ours: must be none after stripping. */
export function foreignScripts(html: string): string[] {
  return [...html.matchAll(scriptTag)]
    .filter(([, attributes]) => !isKeptScript(attributes ?? ''))
    .map(([tag]) => tag.slice(0, 120));
}
