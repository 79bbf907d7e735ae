import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { needs } from '../../lib/local-support/needs';
import { siteSettingsSchema } from '../../lib/schemas/site';
import { needPath } from '../../lib/urls';
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

    // The service's own data; the page also carries its breadcrumb trail.
    const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents())
      .map((text) => JSON.parse(text) as { '@type'?: string; areaServed: unknown[]; availableChannel?: { serviceUrl?: string } })
      .find((data) => data['@type'] === 'Service')!;
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

// Issue 14: a clinician prints the page for a need and hands it over in
// clinic. Every need, read from the code, so a new need or a longer list is
// checked too: one or two A4 sheets, with the page's address and QR code,
// the urgent note, each service's details on one sheet, the footer's help,
// and no controls. 9pt is the smallest text we print, for readers with low vision.
for (const need of needs) {
  const path = needPath(need.id);
  test(`${path} prints as a handout of one or two pages, with its address, QR code and every service's details`, async ({ page }, testInfo) => {
    await page.goto(path);
    const services = await page.locator('[data-service-list] > li[data-service]').evaluateAll((items) =>
      items.map((item) => ({
        name: item.querySelector('h2, h3')!.textContent.trim(),
        // "How to get it", "Where", "Phone", "Open"; the website is in the page online (its QR code).
        details: [...item.querySelectorAll('dt')]
          .filter((dt) => dt.textContent !== 'Website')
          .map((dt) => `${dt.textContent} ${dt.nextElementSibling!.textContent.trim()}`),
      })),
    );
    const file = testInfo.outputPath('handout.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4' }));
    const pdftotext = (...args: string[]) => execFileSync('pdftotext', ['-enc', 'UTF-8', ...args, file, '-'], { encoding: 'utf8' });
    // The paper wraps lines where the screen does not: compare words, not line breaks.
    const words = (value: string) => value.replace(/\/\s*\n/g, '/').replace(/\s+/g, ' ');
    const pages = pdftotext().split('\f').slice(0, -1).map(words);
    const all = pages.join(' ');
    // The services print in two columns, which pdftotext would read across:
    // read each half of each A4 sheet (595 by 842 points) on its own, laid out.
    const columns = pages.flatMap((_, index) =>
      ['0', '298'].map((x) => {
        const sheet = String(index + 1);
        return words(pdftotext('-layout', '-f', sheet, '-l', sheet, '-x', x, '-y', '0', '-W', '298', '-H', '842'));
      }),
    );

    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length, `${services.length} services`).toBeLessThanOrEqual(2);
    // Once: the address and QR code beside the title, not again at the end.
    expect(all.split('Read this page online').length - 1).toBe(1);
    expect(all).toContain(`${settings.url}${path}`);
    expect(all).toContain(`${services.length} service${services.length === 1 ? '' : 's'} listed.`);
    expect(all).toContain('These services are not for emergencies.');
    expect(all).toContain('call NHS 111');
    // The footer's help, as on every printed page.
    expect(all).toContain('Get help');
    expect(all).toContain('In an emergency, call 999.');
    expect(all).toContain(settings.contact.phone);
    // Each service whole in one column of one sheet: its name and how to reach it.
    for (const service of services) {
      const column = columns.find((text) => text.includes(service.name));
      expect(column, service.name).toBeDefined();
      for (const detail of service.details) expect(column, `${service.name}: ${detail}`).toContain(detail);
    }
    for (const control of ['Where do you live?', 'Copy link', 'Share this page', 'Skip to main content', 'See all local support']) {
      expect(all, control).not.toContain(control);
    }

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('img', { name: `QR code for ${settings.url}${path}` })).toBeVisible();
    const smallest = await page.evaluate(() => {
      const sizes = [...document.querySelectorAll('body *')]
        .filter((element) => element.checkVisibility() && [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()))
        .map((element) => parseFloat(getComputedStyle(element).fontSize));
      return { count: sizes.length, px: Math.min(...sizes) };
    });
    expect(smallest.count).toBeGreaterThan(10);
    // 9pt is 12 CSS pixels.
    expect(smallest.px).toBeGreaterThanOrEqual(12);
  });
}
