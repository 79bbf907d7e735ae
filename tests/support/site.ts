import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ServerConfigInput } from '../../lib/server-config';

/** The built site that the browser tests run against. */
export const outDir = path.resolve(process.env.SITE_DIR ?? 'out');

/** Every page in the sitemap, as a local path ("/", "/cancer-rehabilitation", …). */
export function sitemapPaths(): string[] {
  const xml = readFileSync(path.join(outDir, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname);
}

/** The redirects the build wrote into the server configuration. */
export function builtRedirects(): ServerConfigInput['redirects'] {
  const input = JSON.parse(readFileSync(path.resolve('build/server-input.json'), 'utf8')) as ServerConfigInput;
  return input.redirects;
}

/** One page of each template, for tests that need not visit every page. */
export const templatePaths = {
  home: '/',
  content: '/personalised-care/holistic-needs-assessment',
  video: '/video',
  whatsOn: '/whats-on',
  search: '/search',
  glossary: '/glossary',
} as const;
