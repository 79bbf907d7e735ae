import { expect, test } from '@playwright/test';
import { manifestFile, shardFile } from '../../lib/search/format';
import { searchIndexFolder } from '../../lib/urls';

// `npm run dev` is the editors' preview: it must show what visitors get.
// Before, islands, calendars and the search index were written only by the
// post-build step, so in development search did nothing and calendar links 404ed.

test('search works in the preview: the island loads and finds pages', async ({ page }) => {
  const islands: string[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/islands/')) islands.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  await page.goto('/search?q=tired');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  await expect(page.getByRole('status')).toContainText(/\d+ results? for/);
  expect(islands).toContain('200 /islands/search.js');
});

test('the search index is served: its manifest and a shard it names', async ({ request }) => {
  const response = await request.get(`${searchIndexFolder()}${manifestFile}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  const manifest = JSON.parse(await response.text()) as { documents: number; shards: string[] };
  expect(manifest.documents).toBeGreaterThan(10);
  const shard = await request.get(`${searchIndexFolder()}${shardFile(manifest.shards[0]!)}`);
  expect(shard.status()).toBe(200);
});

test("the schedule's calendar feed and each session's calendar file are served", async ({ page, request }) => {
  const feed = await request.get('/whats-on/calendar.ics');
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  expect(await feed.text()).toContain('BEGIN:VCALENDAR');

  await page.goto('/whats-on');
  const link = page.locator('a[href^="/whats-on/calendars/"]').first();
  await expect(link).toBeAttached();
  const file = await request.get((await link.getAttribute('href'))!);
  expect(file.status()).toBe(200);
  expect(await file.text()).toContain('BEGIN:VEVENT');
});

test('every island a page asks for is served', async ({ page, request }) => {
  await page.goto('/whats-on');
  // In development an island's tag waits for React to hydrate, then loads data-island.
  const sources = await page.locator('script[data-island]').evaluateAll((scripts) => scripts.map((script) => script.getAttribute('data-island')!));
  expect(sources.length).toBeGreaterThan(0);
  for (const src of sources) {
    const response = await request.get(src);
    expect(response.status(), src).toBe(200);
    expect(response.headers()['content-type'], src).toContain('javascript');
  }
});

test('the video transcript is served', async ({ request }) => {
  const response = await request.get('/transcripts/awareness.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/plain');
});

test('the copy-link island enhances a page in the preview: its "Copy link" button appears', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/cancer-rehabilitation');
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
});

test('the what\'s on island moves sessions that have ended, and React does not undo it', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // The server renders the schedule for 1 August 2025; the browser's clock is later, so the island moves them.
  await page.goto('/whats-on');
  await expect(page.locator('[data-schedule-announce]')).toContainText(/ended since this page was made/);
  await page.waitForTimeout(2000);
  await expect(page.locator('[data-schedule-announce]')).toContainText(/ended since this page was made/);
  expect(errors.filter((error) => /hydrat/i.test(error))).toEqual([]);
});
