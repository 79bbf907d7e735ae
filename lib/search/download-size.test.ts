import { gzipSync } from 'node:zlib';
import { beforeAll, expect, test, vi } from 'vitest';
import { buildSearchIndex, type SearchDoc } from './index-builder';
import { createMemorySearcher } from './query';
import { relevanceSet } from '@/tests/fixtures/search/relevance';

// What a search costs a phone: the bytes fetched before the first results
// show, compressed as nginx sends them (gzip on, its default level 1:
// lib/server-config.ts), for every query of the relevance set, from an
// empty cache. Targets (issue 13): at most 30 KB on today's site and at
// most 60 KB with 1,000 more pages.
const TODAY_LIMIT = 30 * 1024;
const THOUSAND_PAGES_LIMIT = 60 * 1024;

let realDocs: readonly SearchDoc[];

beforeAll(async () => {
  delete process.env.CONTENT_DIR;
  vi.resetModules();
  realDocs = (await import('@/lib/content')).getSearchDocuments();
  // Reading and checking every page is slow on a busy machine.
}, 120_000);

/**
 * 1,000 more pages made from the real ones, as the build benchmark makes
 * them (scripts/bench-build.ts): copies of each article with its sections,
 * each with its own address and title.
 */
function withGeneratedPages(docs: readonly SearchDoc[], pages: number): SearchDoc[] {
  const byPage = new Map<string, SearchDoc[]>();
  for (const doc of docs) {
    const page = doc.url.split('#')[0]!;
    if (doc.kind === 'session' || page === '/' || page === '/glossary') continue;
    byPage.set(page, [...(byPage.get(page) ?? []), doc]);
  }
  const templates = [...byPage.values()];
  const generated: SearchDoc[] = [];
  for (let n = 0; n < pages; n++) {
    const template = templates[n % templates.length]!;
    const base = `/library/topic-${Math.floor(n / 40) + 1}/leaflet-${n % 40}`;
    const title = `${template[0]!.title}: leaflet ${Math.floor(n / 40) + 1}.${n % 40}`;
    for (const doc of template) {
      const anchor = doc.url.includes('#') ? `#${doc.url.split('#')[1]}` : '';
      generated.push({
        ...doc,
        id: `${base}${anchor}`,
        url: `${base}${anchor}`,
        title: anchor ? doc.title.replace(/\(([^)]*)\)$/, `(${title})`) : title,
      });
    }
  }
  return [...docs, ...generated];
}

async function downloads(docs: readonly SearchDoc[]): Promise<{ worst: { query: string; bytes: number }; median: number; totalGzip: number }> {
  const { files } = buildSearchIndex(docs);
  const gzipped = new Map([...files].map(([name, text]) => [name, gzipSync(text, { level: 1 }).byteLength]));
  const costs: Array<{ query: string; bytes: number }> = [];
  for (const { query } of relevanceSet) {
    const searcher = createMemorySearcher(files);
    await searcher.search(query);
    costs.push({ query, bytes: searcher.fetched.reduce((sum, name) => sum + gzipped.get(name)!, 0) });
  }
  costs.sort((a, b) => a.bytes - b.bytes);
  return {
    worst: costs.at(-1)!,
    median: costs[Math.floor(costs.length / 2)]!.bytes,
    totalGzip: [...gzipped.values()].reduce((sum, bytes) => sum + bytes, 0),
  };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

test('a search on today’s site downloads at most 30 KB before showing results', async () => {
  const { worst, median, totalGzip } = await downloads(realDocs);
  console.log(`Today (${realDocs.length} documents): whole index ${kb(totalGzip)} gzip; a search fetches ${kb(median)} (median), ${kb(worst.bytes)} at most ("${worst.query}").`);
  expect(worst.bytes).toBeLessThanOrEqual(TODAY_LIMIT);
});

test('with 1,000 more pages, a search still downloads at most 60 KB before showing results', async () => {
  const docs = withGeneratedPages(realDocs, 1000);
  const { worst, median, totalGzip } = await downloads(docs);
  console.log(`1,000 more pages (${docs.length} documents): whole index ${kb(totalGzip)} gzip; a search fetches ${kb(median)} (median), ${kb(worst.bytes)} at most ("${worst.query}").`);
  // The whole index is far bigger than one search: the split is what keeps a search small.
  expect(totalGzip).toBeGreaterThan(4 * THOUSAND_PAGES_LIMIT);
  expect(worst.bytes).toBeLessThanOrEqual(THOUSAND_PAGES_LIMIT);
}, 60_000);
