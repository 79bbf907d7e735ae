import { expect, test, type Page } from '@playwright/test';
import { wcagViolations } from '../support/axe';
import { sitemapPaths } from '../support/site';
import { desktop, fixtureNow, fixtureSite, fixtureTemplates, phone } from '../support/templates';

const pages = sitemapPaths();

async function headerAndHeading(page: Page) {
  const header = await page.getByRole('banner').boundingBox();
  const heading = await page.locator('h1').first().boundingBox();
  return { headerHeight: header?.height ?? Infinity, headingTop: heading?.y ?? Infinity };
}

test.describe('on a phone (390 × 844)', () => {
  test.use({ viewport: phone });

  for (const path of pages) {
    test(`${path}: the header is at most 120px tall and the heading starts in the top 200px`, async ({ page }) => {
      await page.goto(path);
      const { headerHeight, headingTop } = await headerAndHeading(page);
      expect(headerHeight).toBeLessThanOrEqual(120);
      expect(headingTop).toBeLessThanOrEqual(200);
    });
  }

  for (const template of fixtureTemplates) {
    test(`fixture ${template.name} template: the heading starts in the top 200px`, async ({ page }) => {
      await page.clock.setFixedTime(fixtureNow);
      await page.goto(`${fixtureSite}${template.path}`);
      const { headerHeight, headingTop } = await headerAndHeading(page);
      expect(headerHeight).toBeLessThanOrEqual(120);
      expect(headingTop).toBeLessThanOrEqual(200);
    });
  }

  test('the site name fits on one line', async ({ page }) => {
    await page.goto('/');
    const name = page.getByRole('banner').getByRole('link').first();
    const box = await name.boundingBox();
    expect(box!.height).toBeLessThanOrEqual(48);
  });

  for (const javaScriptEnabled of [false, true]) {
    test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
      test.use({ javaScriptEnabled, hasTouch: true });

      test('the menu opens by touch and shows every section', async ({ page }) => {
        await page.goto('/personalised-care');
        const menu = page.getByRole('banner').getByText('Menu', { exact: true });
        const nav = page.getByRole('navigation', { name: 'Main' });
        await expect(nav).toBeHidden();
        await menu.tap();
        await expect(nav).toBeVisible();
        await expect(nav.getByRole('link', { name: 'Personalised care' })).toHaveAttribute('aria-current', 'page');
        await nav.getByRole('link', { name: 'Find support' }).tap();
        await expect(page).toHaveURL(/\/find-support$/);
      });

      test('the menu opens and closes by keyboard', async ({ page }) => {
        await page.goto('/');
        const summary = page.getByRole('banner').locator('summary', { hasText: 'Menu' });
        await summary.focus();
        await expect(summary).toBeFocused();
        await page.keyboard.press('Enter');
        const nav = page.getByRole('navigation', { name: 'Main' });
        await expect(nav).toBeVisible();
        await page.keyboard.press('Tab');
        await expect(nav.getByRole('link').first()).toBeFocused();
        await summary.focus();
        await page.keyboard.press('Space');
        await expect(nav).toBeHidden();
      });

      test('search opens from the header and finds pages', async ({ page }) => {
        await page.goto('/');
        const summary = page.getByRole('banner').locator('summary', { hasText: 'Search' });
        await summary.focus();
        await page.keyboard.press('Enter');
        const box = page.getByRole('banner').getByRole('searchbox', { name: 'Search this site' });
        await expect(box).toBeVisible();
        await box.fill('tired');
        await box.press('Enter');
        await expect(page).toHaveURL(/\/search\?q=tired$/);
      });
    });
  }

  test('the menu and search are announced as expandable controls', async ({ page }) => {
    await page.goto('/');
    const snapshot = await page.getByRole('banner').ariaSnapshot();
    expect(snapshot).toContain('Menu');
    expect(snapshot).toContain('Search');
    // <summary> is exposed with the "button" role… or as a disclosure triangle, with its expanded state.
    await page.getByRole('banner').locator('summary', { hasText: 'Menu' }).click();
    await expect(page.getByRole('banner').locator('details:has(summary:text-is("Menu"))')).toHaveAttribute('open', '');
  });
});

test.describe('on a desktop', () => {
  test.use({ viewport: desktop });

  test('the full navigation and the search box are always visible, with no menu control', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.getByRole('banner').getByRole('searchbox', { name: 'Search this site' })).toBeVisible();
    await expect(page.getByRole('banner').getByText('Menu', { exact: true })).toBeHidden();
  });
});

test.describe('at 400% zoom (320 CSS pixels wide)', () => {
  test.use({ viewport: { width: 320, height: 256 } });

  for (const path of pages) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
    });
  }

  test('the header controls do not overlap the site name', async ({ page }) => {
    await page.goto('/');
    const banner = page.getByRole('banner');
    const name = (await banner.getByRole('link').first().boundingBox())!;
    const search = (await banner.locator('summary', { hasText: 'Search' }).boundingBox())!;
    expect(name.x + name.width).toBeLessThanOrEqual(search.x);
  });
});

test.describe('in forced colours (Windows high contrast)', () => {
  // A light high-contrast theme. (With a dark one, axe pairs the forced black
  // Canvas with the author's text colours, which forced colours replace on
  // screen, and reports contrast that nobody sees.)
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
  });

  for (const template of fixtureTemplates) {
    for (const viewport of [phone, desktop]) {
      test(`fixture ${template.name} template at ${viewport.width}px has no WCAG A or AA violations`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.clock.setFixedTime(fixtureNow);
        await page.goto(`${fixtureSite}${template.path}`);
        expect(await wcagViolations(page)).toEqual([]);
      });
    }
  }

  test('focus stays visible as an outline, not a background colour', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(3);
  });

  test('care cards say their type in words', async ({ page }) => {
    await page.goto(`${fixtureSite}/guide/a-content-page`);
    await expect(page.getByText('Urgent advice:', { exact: true })).toBeVisible();
    await expect(page.getByText('Immediate action required:', { exact: true })).toBeVisible();
    await expect(page.getByText('Non-urgent advice:', { exact: true })).toBeVisible();
  });

  test('the current page in the navigation is underlined, not only coloured', async ({ page }) => {
    await page.setViewportSize(desktop);
    await page.goto('/find-support');
    const current = page.getByRole('navigation', { name: 'Main' }).locator('[aria-current="page"]');
    await expect(current).toHaveCSS('text-decoration-line', 'underline');
  });
});

test('no page title repeats the site name', async ({ page }) => {
  await page.goto('/');
  const siteName = (await page.getByRole('banner').getByRole('link').first().textContent())!.trim() || '';
  const fullName = await page.evaluate(() => document.querySelector('meta[name="application-name"]')?.getAttribute('content') ?? '');
  expect(fullName).not.toBe('');
  for (const path of pages) {
    await page.goto(path);
    const title = await page.title();
    expect(title.split(fullName).length - 1, `${path}: "${title}"`).toBeLessThanOrEqual(1);
  }
  expect(siteName).not.toBe('');
});
