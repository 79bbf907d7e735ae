import { expect, test, type Page } from '@playwright/test';
import { desktop, fixtureNow, fixtureSite, fixtureTemplates, phone } from '../support/templates';

// Every page template, at a phone width and a desktop width, compared with
// the committed reference screenshots in tests/visual/__screenshots__/.
// After a deliberate change to the layout, look at the new screenshots and
// update them: `npm run test:visual:update` (see docs/visual-tests.md).

/** The same pixels on every run: a fixed clock, no animation, one font. */
async function open(page: Page, path: string) {
  await page.clock.setFixedTime(fixtureNow);
  await page.goto(`${fixtureSite}${path}`);
  // The site uses the system font stack; pin the font so a machine with other
  // fonts installed fails loudly here rather than drifting by a pixel.
  await page.addStyleTag({ content: "html, input, button { font-family: 'DejaVu Sans', sans-serif !important; }" });
  await page.evaluate(() => document.fonts.ready);
  if (path.startsWith('/search?')) await expect(page.locator('[data-search-results] a').first()).toBeVisible();
}

// The site's Content-Security-Policy forbids inline styles; the tests add one (the font pin).
test.use({ bypassCSP: true });

for (const [label, viewport] of [['phone', phone], ['desktop', desktop]] as const) {
  test.describe(`at ${label} width (${viewport.width}px)`, () => {
    test.use({ viewport });
    for (const template of fixtureTemplates) {
      test(`the ${template.name} template looks as it did`, async ({ page }) => {
        await open(page, template.path);
        await expect(page).toHaveScreenshot(`${template.name}-${viewport.width}.png`, { fullPage: true });
      });
    }
  });
}

test.describe('the comparison itself', () => {
  test.use({ viewport: phone });

  test('fails when a template moves by a few pixels', async ({ page }, testInfo) => {
    // When references are being updated on purpose, this would overwrite one with the broken layout.
    test.skip(['all', 'changed'].includes(testInfo.config.updateSnapshots), 'references are being updated');
    await open(page, '/guide');
    // A deliberate layout change: the main content moves down by 12 pixels.
    await page.addStyleTag({ content: 'main { padding-top: 12px !important; }' });
    let failed = false;
    try {
      await expect(page).toHaveScreenshot('section-390.png', { fullPage: true, timeout: 3_000 });
    } catch {
      failed = true;
    }
    expect(failed, 'a 12-pixel shift must not pass as the same layout').toBe(true);
  });
});
