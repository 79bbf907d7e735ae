import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../support/site';

const pages = sitemapPaths();

test.describe('with JavaScript switched off', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of pages) {
    test(`${path} works: one h1, a title, a description, navigation and help`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
      await expect(page.getByRole('contentinfo')).toContainText('999');
      await expect(page.getByRole('contentinfo')).toContainText('NHS 111');
      expect(await page.title()).not.toBe('');
    });
  }

  test('every page has its own title', async ({ page }) => {
    const titles = new Map<string, string>();
    for (const path of pages) {
      await page.goto(path);
      const title = await page.title();
      expect(titles.get(title), `${path} has the same title as ${titles.get(title)}`).toBeUndefined();
      titles.set(title, path);
    }
  });
});

test('the skip link is the first thing the keyboard reaches, and moves focus to the content', async ({ page }) => {
  await page.goto('/personalised-care/holistic-needs-assessment');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the main navigation fits a 320px screen without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/');
  await page.getByRole('banner').locator('summary', { hasText: 'Menu' }).click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  for (const link of await page.getByRole('navigation', { name: 'Main' }).getByRole('link').all()) {
    await expect(link).toBeInViewport();
  }
});

test('an unknown address gets a helpful 404 page with status 404', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'find support by what is bothering you' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('pages show when they were last reviewed and when the next review is due', async ({ page }) => {
  await page.goto('/cancer-rehabilitation');
  await expect(page.getByText(/Page last reviewed: \d{1,2} [A-Z][a-z]+ \d{4}/)).toBeVisible();
  await expect(page.getByText(/Next review due: \d{1,2} [A-Z][a-z]+ \d{4}/).first()).toBeVisible();
});

test('sections have a visible link that clinicians can copy', async ({ page }) => {
  await page.goto('/personalised-care/holistic-needs-assessment');
  const heading = page.getByRole('heading', { level: 2 }).filter({ hasText: 'What happens' }).first();
  const id = await heading.getAttribute('id');
  expect(id).toBeTruthy();
  const link = page.locator(`a[href="#${id}"][data-section-link]`);
  await expect(link).toBeVisible();
  await link.click();
  expect(new URL(page.url()).hash).toBe(`#${id}`);
});

test('the sitemap lists every page at the site address, and robots.txt points to it', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('<loc>https://');
  expect(pages).toContain('/');
  expect(pages).toContain('/cancer-rehabilitation');
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: https:\/\/\S+\/sitemap\.xml/);
});
