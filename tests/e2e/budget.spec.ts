import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { pageFile } from '../../lib/serving/site-table';
import { outDir, sitemapPaths } from '../support/site';

// The performance budget (docs/decisions/001): no framework JavaScript,
// islands only where used, and small pages for people on slow phones.
const KB = 1024;
const budget = { html: 20 * KB, css: 10 * KB, islands: 10 * KB, total: 50 * KB };
/**
 * A new connection's first round trip carries 10 TCP segments, about
 * 14.6 KB (RFC 6928), less about 1 KB of our response headers. A page's
 * brotli copy that fits arrives with no wait for another round trip, which
 * is what lets pages use brotli 8 rather than 10 (docs/decisions/012).
 */
const firstRoundTrip = 13 * KB;

function gzipped(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

function localFile(url: string): string {
  return path.join(outDir, decodeURIComponent(new URL(url, 'http://x').pathname));
}

for (const pagePath of sitemapPaths()) {
  test(`${pagePath} is within the budget and ships no framework JavaScript`, async ({ page }) => {
    const responses: string[] = [];
    page.on('response', (response) => responses.push(response.url()));
    await page.goto(pagePath, { waitUntil: 'networkidle' });

    const html = await (await page.request.get(pagePath)).text();
    expect(html).not.toMatch(/\/_next\/static\/[^"]*\.js/);
    const inlineScripts = [...html.matchAll(/<script\b([^>]*)>/g)]
      .map(([, attributes]) => attributes!)
      .filter((attributes) => !/src="\/islands\//.test(attributes) && !/type="application\/ld\+json"/.test(attributes));
    expect(inlineScripts).toEqual([]);

    const htmlBytes = gzipSync(Buffer.from(html), { level: 9 }).length;
    expect(htmlBytes, 'HTML (gzip)').toBeLessThanOrEqual(budget.html);
    const served = statSync(`${localFile(pageFile(pagePath))}.br`).size;
    expect(served, 'HTML as the server sends it (brotli), within the first round trip').toBeLessThanOrEqual(firstRoundTrip);

    const files = responses
      .filter((url) => !/\.(webm|mp4|vtt)$/.test(new URL(url).pathname))
      .filter((url) => new URL(url).pathname !== pagePath)
      .map(localFile);
    const css = files.filter((file) => file.endsWith('.css')).reduce((sum, file) => sum + gzipped(file), 0);
    const islands = files.filter((file) => file.includes(`${path.sep}islands${path.sep}`)).reduce((sum, file) => sum + gzipped(file), 0);
    const total = htmlBytes + files.reduce((sum, file) => sum + gzipped(file), 0);
    expect(css, 'CSS (gzip)').toBeLessThanOrEqual(budget.css);
    expect(islands, 'islands (gzip)').toBeLessThanOrEqual(budget.islands);
    expect(total, 'whole page without video (gzip)').toBeLessThanOrEqual(budget.total);
  });
}

test('islands load only on the pages that use them', async ({ page }) => {
  const islandsOn = async (path: string) => {
    await page.goto(path);
    const sources = await page.locator('script[src^="/islands/"]').evaluateAll((scripts) =>
      scripts.map((script) => script.getAttribute('src')!.replace(/^\/islands\/([a-z-]+)\..*$/, '$1')),
    );
    return [...new Set(sources)].sort();
  };
  // Every content page has a "Copy link" button; only these pages need more.
  expect(await islandsOn('/cancer-rehabilitation')).toEqual(['copy-link']);
  expect(await islandsOn('/search')).toEqual(['search']);
  expect(await islandsOn('/whats-on')).toEqual(['copy-link', 'whats-on']);
  expect(await islandsOn('/video')).toEqual(['copy-link']);
});
