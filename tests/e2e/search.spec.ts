import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

// The words patients use, and the page each must find first.
const expectations = [
  { query: 'tired', first: /\/find-support#i-feel-tired-all-the-time|fatigue/ },
  { query: 'physio', first: /\/cancer-rehabilitation\/who-can-help/ },
  { query: 'HNA', first: /\/personalised-care\/holistic-needs-assessment/ },
  { query: 'money worries', first: /money/ },
  { query: 'talking to my children', first: /children/ },
];

for (const { query, first } of expectations) {
  test(`searching for "${query}" finds the right page first`, async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent(query)}`);
    const results = page.locator('[data-search-results] a');
    await expect(results.first()).toBeVisible();
    expect(await results.first().getAttribute('href')).toMatch(first);
    await expect(page.getByRole('status')).toContainText(/\d+ results? for/);
  });
}

test('the header search box takes you to the results', async ({ page }) => {
  await page.goto('/cancer-rehabilitation');
  await page.getByRole('searchbox', { name: 'Search this site' }).fill('tired');
  await page.getByRole('searchbox', { name: 'Search this site' }).press('Enter');
  await expect(page).toHaveURL(/\/search\?q=tired/);
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
});

test('a search with no results suggests where to go', async ({ page }) => {
  await page.goto('/search?q=zzzzqqq');
  await expect(page.getByRole('status')).toContainText(/No results|0 results/i);
  await expect(page.getByRole('link', { name: 'Find support by what is bothering you' }).first()).toBeVisible();
});

test('a typing mistake finds the right page first', async ({ page }) => {
  await page.goto('/search?q=fysio');
  const results = page.locator('[data-search-results] a');
  await expect(results.first()).toBeVisible();
  expect(await results.first().getAttribute('href')).toMatch(/\/cancer-rehabilitation\/who-can-help/);
});

test('results appear as you type, and the address follows', async ({ page }) => {
  await page.goto('/search');
  await page.locator('main').getByRole('searchbox', { name: 'Search this site' }).pressSequentially('tired');
  await expect(page.getByRole('heading', { name: /results? for ‘tired’/ })).toBeVisible();
  await expect(page).toHaveURL(/\/search\?q=tired$/);
});

test('a search downloads at most 30 KB (gzip) of index before showing results', async ({ page }) => {
  const sizes = new Map<string, number>();
  const measured: Array<Promise<void>> = [];
  page.on('response', (response) => {
    if (!new URL(response.url()).pathname.startsWith('/search-index/')) return;
    // As nginx would send it (gzip on, level 1): the local server does not compress.
    measured.push(response.body().then((body) => void sizes.set(response.url(), gzipSync(body, { level: 1 }).byteLength)));
  });
  await page.goto('/search?q=money+worries');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  // Every file the search fetched, measured: not only those that had arrived when the results showed.
  await page.waitForLoadState('networkidle');
  await Promise.all(measured);
  expect(sizes.size).toBeGreaterThan(1);
  const total = [...sizes.values()].reduce((sum, bytes) => sum + bytes, 0);
  test.info().annotations.push({ type: 'search download', description: `${sizes.size} files, ${(total / 1024).toFixed(1)} KB gzip` });
  expect(total).toBeLessThanOrEqual(30 * 1024);
  // Only files of the index, never the whole of it.
  expect([...sizes.keys()].every((url) => /\/search-index\/[0-9a-f]{8}\/(manifest|t-[a-z0-9_]+|d-\d+)\.json$/.test(url))).toBe(true);
});

test('queries never leave the browser', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/search?q=fatigue');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  const origin = new URL(baseURL!).origin;
  expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
  expect(requests.filter((url) => url.includes('fatigue') && !url.includes('/search?q=fatigue'))).toEqual([]);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('/search shows the A to Z and the routes by worry, so it is never a dead end', async ({ page }) => {
    await page.goto('/search?q=tired');
    await expect(page.getByRole('heading', { name: 'A to Z of topics' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Holistic needs assessment (HNA)' }).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Find support by what is bothering you' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'I feel tired all the time' })).toBeVisible();
  });
});

test('on a phone, someone new finds what helps with fatigue, and how to ask, within two taps of the home page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await page.getByRole('link', { name: /tired/i }).first().click();
  await expect(page).toHaveURL(/\/find-support/);
  const section = page.locator('h2#i-feel-tired-all-the-time');
  await expect(section).toBeVisible();
  await expect(page.getByRole('heading', { name: /How to ask/ }).first()).toBeVisible();
});
