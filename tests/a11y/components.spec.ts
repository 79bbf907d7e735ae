import { expect, test } from '@playwright/test';
import { componentFixtures } from '../../components/mdx/fixtures';
import { wcagViolations } from '../support/axe';
import { componentFixturePageHtml } from '../support/component-fixture-page';
import { templatePaths } from '../support/site';

// Every variant of every author component, in a real page of the built site
// (its stylesheet, header and footer), checked by axe at a phone and a desktop
// width. Real pages do not use every variant (a warning callout, a non-urgent
// or emergency care card), so pages.spec.ts alone would never see them. The
// variants come from the unit tests' fixtures; no rule is switched off.
const widths = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

for (const viewport of widths) {
  test(`every component variant has no WCAG A or AA violations at ${viewport.name} width (${viewport.width}px)`, async ({ page }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await page.goto(templatePaths.content);
    // The page's own body gives way to the fixtures: its h1 and furniture stay.
    const html = componentFixturePageHtml();
    await page.locator('main article').evaluate((article, fixtures) => {
      const h1 = article.querySelector('h1');
      article.innerHTML = fixtures;
      if (h1) article.prepend(h1);
    }, html);
    // Each variant is on the page, so none can be skipped without failing here.
    const shown = await page.locator('[data-fixture]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-fixture')));
    expect(shown).toEqual(componentFixtures.map((fixture) => fixture.name));

    expect(await wcagViolations(page)).toEqual([]);
  });
}
