import { expect, test } from '@playwright/test';
import { wcagViolations } from '../support/axe';
import { sitemapPaths } from '../support/site';

// One page of each directory template, at a phone width and a desktop
// width, against WCAG 2.0, 2.1 and 2.2 A and AA; and the filter form as the
// island shows it. (pages.spec.ts covers every sitemap page too; the pages
// for a need in an area are not in the sitemap, so they are checked here.)
// No rule is switched off.
const servicePath = sitemapPaths().find((path) => /^\/local-support\/[a-z0-9-]+$/.test(path) && !/\/(need|area)$/.test(path));
const templates = [
  '/local-support',
  '/local-support/need/feelings',
  '/local-support/need/tiredness/lambeth',
  '/local-support/area/lambeth',
  '/local-support/area/national',
  ...(servicePath ? [servicePath] : []),
];
const widths = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

for (const viewport of widths) {
  test.describe(`at ${viewport.name} width (${viewport.width}px)`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });
    for (const path of templates) {
      test(`${path} has no WCAG A or AA violations`, async ({ page }) => {
        await page.goto(path);
        expect(await wcagViolations(page)).toEqual([]);
      });
    }
    test('the filter form, shown and used, has no WCAG A or AA violations', async ({ page }) => {
      await page.goto('/local-support?need=feelings');
      await expect(page.getByRole('form', { name: 'Narrow the list' })).toBeVisible();
      expect(await wcagViolations(page)).toEqual([]);
    });
  });
}
