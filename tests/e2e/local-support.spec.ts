import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { siteSettingsSchema } from '../../lib/schemas/site';
import { sitemapPaths } from '../support/site';

// The local support directory (docs/editing-local-support.md). These tests
// use the real services, so they find one from the sitemap rather than
// naming it, and check behaviour that holds whatever services are listed.
const settings = siteSettingsSchema.parse(parse(readFileSync('content/site.yaml', 'utf8')));
const firstArea = settings.areas[0]!;
const servicePaths = sitemapPaths().filter((path) => /^\/local-support\/[a-z0-9-]+$/.test(path) && !/\/(need|area)$/.test(path));

/** The services a person can see in the list. */
function visibleServices(page: Page) {
  return page.locator('[data-service-list] > li[data-service]:visible');
}

test.describe('with JavaScript switched off', () => {
  test.use({ javaScriptEnabled: false });

  test('choosing a need and then an area reaches the list for that need in that area, in two taps', async ({ page }) => {
    await page.goto('/local-support');
    await expect(page.getByRole('form', { name: 'Narrow the list' })).toBeHidden();

    await page.getByRole('navigation', { name: 'What do you need help with?' }).getByRole('link', { name: /^Feelings, worry and low mood/ }).click();
    await expect(page).toHaveURL(/\/local-support\/need\/feelings$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Feelings, worry and low mood');

    await page.getByRole('navigation', { name: 'Where do you live?' }).getByRole('link', { name: new RegExp(`^${firstArea.label}`) }).click();
    await expect(page).toHaveURL(new RegExp(`/local-support/need/feelings/${firstArea.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Feelings, worry and low mood in ${firstArea.label}`);
    await expect(page.getByRole('heading', { name: `In ${firstArea.label}`, level: 2 })).toBeVisible();
    // Every service listed helps with this need, and is in the area or open to anyone.
    for (const item of await visibleServices(page).all()) {
      expect((await item.getAttribute('data-needs'))!.split(' ')).toContain('feelings');
      expect((await item.getAttribute('data-areas'))!.split(' ')).toEqual(
        expect.arrayContaining([expect.stringMatching(new RegExp(`^(${firstArea.id}|national|online)$`))]),
      );
    }
  });

  test('an address the directory does not have is not found', async ({ page }) => {
    const response = await page.goto('/local-support/no-such-service');
    expect(response?.status()).toBe(404);
  });
});

test.describe('with JavaScript on', () => {
  test('the list filters in place and the number shown is announced politely', async ({ page }) => {
    await page.goto('/local-support');
    const status = page.locator('[data-directory-count]');
    await expect(status).toHaveAttribute('role', 'status');
    const total = await visibleServices(page).count();
    await expect(status).toHaveText(`Showing all ${total} service${total === 1 ? '' : 's'}`);

    await page.getByLabel('What you need help with').selectOption('money-and-work');
    const shown = await visibleServices(page).count();
    expect(shown).toBeLessThan(total);
    await expect(status).toHaveText(`Showing ${shown} of ${total} services`);
    for (const item of await visibleServices(page).all()) {
      expect((await item.getAttribute('data-needs'))!.split(' ')).toContain('money-and-work');
    }
    await expect(page).toHaveURL(/\?need=money-and-work$/);

    await page.getByRole('button', { name: 'Clear choices' }).click();
    await expect(status).toHaveText(`Showing all ${total} service${total === 1 ? '' : 's'}`);
    await expect(visibleServices(page)).toHaveCount(total);
  });
});

test('a service page puts "How to get this help" first, with contact links, its source and when it was checked', async ({ page }) => {
  expect(servicePaths.length).toBeGreaterThan(0);
  for (const path of servicePaths) {
    await page.goto(path);
    await expect(page.locator('main h2').first(), path).toHaveText('How to get this help');
    const how = page.getByRole('region', { name: 'How to get this help' });
    for (const tel of await how.locator('a[href^="tel:"]').all()) {
      expect(await tel.getAttribute('href'), path).toMatch(/^tel:(0\d{9,10}|116\d{3}|111|999)$/);
    }
    for (const external of await how.locator('a[href^="https://"]').all()) {
      await expect(external, path).toContainText('(opens another website)');
    }
    const source = page.getByRole('region', { name: 'Where these details come from' });
    await expect(source.locator('a[href^="https://"]'), path).toHaveCount(1);
    await expect(source, path).toContainText(/Details last checked: \d{1,2} [A-Z][a-z]+ \d{4}/);
    await expect(page.getByRole('region', { name: 'Share this page' }), path).toBeVisible();

    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd, path).toMatchObject({ '@context': 'https://schema.org', '@type': 'Service', url: `${settings.url}${path}` });
    expect(jsonLd.areaServed.length + (jsonLd.availableChannel?.serviceUrl ? 1 : 0), path).toBeGreaterThan(0);
  }
});

test('the search finds directory services by the needs they help with', async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent('benefits advice')}`);
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  const hrefs = await page.locator('[data-search-results] a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs.some((href) => /^\/local-support\/[a-z0-9-]+$/.test(href ?? ''))).toBe(true);
});

test('/find-support links each concern to its list of services', async ({ page }) => {
  await page.goto('/find-support');
  await page.getByRole('link', { name: 'Find services that help with tiredness' }).click();
  await expect(page).toHaveURL(/\/local-support\/need\/tiredness$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tiredness and fatigue');
});

test('a need page prints as a handout of one or two pages, with its address and QR code and no controls', async ({ page }, testInfo) => {
  const path = '/local-support/need/feelings';
  await page.goto(path);
  const file = testInfo.outputPath('handout.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').slice(0, -1);
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(2);
  expect(text.replace(/\/\s*\n/g, '/')).toContain(`${settings.url}${path}`);
  expect(text).toContain('Read this page online');
  expect(text).toContain('call 999');
  for (const control of ['Where do you live?', 'Copy link', 'Skip to main content', 'See all local support']) {
    expect(text, control).not.toContain(control);
  }
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('img', { name: `QR code for ${settings.url}${path}` })).toBeVisible();
});
