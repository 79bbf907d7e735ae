import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
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

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

for (const viewport of widths) {
  test.describe(`at ${viewport.name} width (${viewport.width}px)`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });
    for (const path of templates) {
      test(`${path} has no WCAG A or AA violations`, async ({ page }) => {
        await page.goto(path);
        expect(await violations(page)).toEqual([]);
      });
    }
    test('the filter form, shown and used, has no WCAG A or AA violations', async ({ page }) => {
      await page.goto('/local-support?need=feelings');
      await expect(page.getByRole('form', { name: 'Narrow the list' })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
}
