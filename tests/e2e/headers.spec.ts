import { expect, test } from '@playwright/test';
import { REVALIDATE, IMMUTABLE, securityHeaders } from '../../lib/server-config';
import { builtRedirects } from '../support/site';

const redirects = builtRedirects();

function expectSecurityHeaders(headers: Record<string, string>) {
  for (const [name, value] of Object.entries(securityHeaders)) {
    expect(headers[name.toLowerCase()], name).toBe(value);
  }
  expect(headers['x-powered-by']).toBeUndefined();
  expect(headers['set-cookie']).toBeUndefined();
}

test('pages have the security headers and are revalidated on each visit', async ({ request }) => {
  const response = await request.get('/cancer-rehabilitation');
  expect(response.status()).toBe(200);
  expectSecurityHeaders(response.headers());
  expect(response.headers()['cache-control']).toBe(REVALIDATE);
  expect(response.headers()['content-security-policy']).not.toContain('unsafe-inline');
});

test('the 404 page has the security headers too', async ({ request }) => {
  const response = await request.get('/not-a-page');
  expect(response.status()).toBe(404);
  expectSecurityHeaders(response.headers());
});

test('hashed files are cached for good', async ({ request, page }) => {
  await page.goto('/');
  const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
  const response = await request.get(stylesheet!);
  expect(response.headers()['cache-control']).toBe(IMMUTABLE);
  expectSecurityHeaders(response.headers());
});

test('the search index, in a folder named by its hash, is cached for good', async ({ request, page }) => {
  await page.goto('/search');
  const folder = await page.locator('[data-search-results]').getAttribute('data-index-url');
  expect(folder).toMatch(/^\/search-index\/[0-9a-f]{8}\/$/);
  const response = await request.get(`${folder}manifest.json`);
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe(IMMUTABLE);
  expectSecurityHeaders(response.headers());
});

test('a page address with .html or a trailing slash goes to the clean address', async ({ request }) => {
  for (const path of ['/cancer-rehabilitation.html', '/cancer-rehabilitation/']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers().location).toBe('/cancer-rehabilitation');
    expectSecurityHeaders(response.headers());
  }
});

test('every old address redirects permanently, in one hop, to the page', async ({ request }) => {
  expect(redirects.length).toBeGreaterThan(0);
  for (const { from, to } of redirects) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(308);
    expect(response.headers().location, from).toBe(to);
    expectSecurityHeaders(response.headers());
    const landed = await request.get(to, { maxRedirects: 0 });
    expect(landed.status(), `${to} is a page, not another redirect`).toBe(200);
  }
});
