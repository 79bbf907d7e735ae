import { expect, test, type Page } from '@playwright/test';
import { qrSvg } from '../../lib/qr';
import { outDir } from '../support/site';
import { readFileSync } from 'node:fs';
import path from 'node:path';

// The address clinicians share is the published one, as listed in the sitemap.
const published = [...readFileSync(path.join(outDir, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
  ([, loc]) => loc!,
);
function addressOf(pagePath: string): string {
  const address = published.find((loc) => new URL(loc).pathname === pagePath);
  if (!address) throw new Error(`${pagePath} is not in the sitemap`);
  return address;
}

const contentPath = '/personalised-care/holistic-needs-assessment';

async function expectShareBlock(page: Page, address: string): Promise<void> {
  const share = page.getByRole('region', { name: 'Share this page' });
  await expect(share).toBeVisible();
  await expect(share.getByRole('textbox', { name: 'Address of this page' })).toHaveValue(address);
  await expect(share.getByRole('img', { name: `QR code for ${address}` })).toBeVisible();
}

test.describe('with JavaScript switched off', () => {
  test.use({ javaScriptEnabled: false });

  for (const pagePath of ['/', contentPath, '/prehabilitation']) {
    test(`${pagePath} shows its address to copy and a QR code for it`, async ({ page }) => {
      await page.goto(pagePath);
      await expectShareBlock(page, addressOf(pagePath));
      // Nothing to press without the island: the address is there to select.
      await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
    });
  }

  test("the home page's address is the site's address", async ({ page }) => {
    await page.goto('/');
    const value = await page.getByRole('textbox', { name: 'Address of this page' }).inputValue();
    expect(value).toMatch(/^https:\/\/[^/]+$/);
  });

  test('the address can be selected in full', async ({ page }) => {
    await page.goto(contentPath);
    const field = page.getByRole('textbox', { name: 'Address of this page' });
    await field.focus();
    await page.keyboard.press('ControlOrMeta+A');
    const selected = await field.evaluate((input: HTMLInputElement) =>
      input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0),
    );
    expect(selected).toBe(addressOf(contentPath));
  });
});

test('the QR code encodes the page address', async ({ page }) => {
  await page.goto(contentPath);
  const drawn = await page.getByRole('img', { name: /^QR code for / }).locator('path[stroke]').getAttribute('d');
  const expected = (await qrSvg(addressOf(contentPath))).match(/<path stroke="[^"]+" d="([^"]+)"/)?.[1];
  expect(drawn).toBeTruthy();
  expect(drawn).toBe(expected);
});

test.describe('with JavaScript', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('the Copy link button copies the page address and says so', async ({ page }) => {
    await page.goto(contentPath);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(addressOf(contentPath));
  });

  test('a section link goes to the section and copies its address', async ({ page }) => {
    await page.goto(contentPath);
    const heading = page.getByRole('heading', { level: 2 }).filter({ hasText: 'What happens' }).first();
    const id = await heading.getAttribute('id');
    await page.locator(`a[href="#${id}"][data-section-link]`).click();
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    await expect(page.getByRole('status')).toHaveText('Link copied');
    const origin = new URL(page.url()).origin;
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}${contentPath}#${id}`);
  });
});
