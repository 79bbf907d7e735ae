import { expect, test } from '@playwright/test';
import { wcagViolations } from '../support/axe';
import { sitemapPaths } from '../support/site';

// Every page in the sitemap, plus the 404 page, at a phone width and a
// desktop width, against WCAG 2.0, 2.1 and 2.2 A and AA. No rule is switched
// off: an exclusion would need a comment here saying why.
const widths = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];
const pages = [...sitemapPaths(), '/this-page-does-not-exist'];

for (const viewport of widths) {
  test.describe(`at ${viewport.name} width (${viewport.width}px)`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });
    for (const path of pages) {
      test(`${path} has no WCAG A or AA violations`, async ({ page }) => {
        await page.goto(path);
        expect(await wcagViolations(page)).toEqual([]);
      });
    }
  });
}
