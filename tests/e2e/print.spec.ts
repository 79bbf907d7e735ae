import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { siteSettingsSchema } from '../../lib/schemas/site';
import { sitemapPaths } from '../support/site';

// Printing a page is how a clinician makes a handout: these tests print to
// PDF in Chromium and read the PDF's text back with pdftotext (Debian's
// poppler-utils), as well as checking the page in print media.
const settings = siteSettingsSchema.parse(parse(readFileSync('content/site.yaml', 'utf8')));
// A content page with expanders: "Sources" (on every content page), closed on screen.
const handoutPath = '/personalised-care/holistic-needs-assessment';
const handoutAddress = `${settings.url}${handoutPath}`;

/** The PDF's text, one string per page (pdftotext ends each page with a form feed). */
function pdfPages(pdf: Buffer, file: string): string[] {
  writeFileSync(file, pdf);
  let text: string;
  try {
    text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } catch (error) {
    throw new Error(`pdftotext failed (install Debian's poppler-utils: apt-get install poppler-utils): ${String(error)}`);
  }
  return text.split('\f').slice(0, -1);
}

/** An address may break across lines only after a slash (see components/layout/share-page.tsx). */
function joinAddressLines(text: string): string {
  return text.replace(/\/\s*\n/g, '/');
}

async function printPage(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
}

test('in print, the controls are hidden', async ({ page }) => {
  await printPage(page, handoutPath);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'About this site' })).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Address of this page' })).toBeHidden();
  // The copy-link island has shown this button on screen; paper cannot press it.
  await expect(page.getByRole('button', { name: 'Copy link', includeHidden: true })).toBeHidden();
  for (const link of await page.locator('a[data-section-link]').all()) await expect(link).toBeHidden();
});

test('in print, the expanders are open and the address, QR code, review dates and contact details show', async ({ page }) => {
  await printPage(page, handoutPath);
  await expect(page.getByText('The facts on this page come from')).toBeVisible();
  await expect(page.getByText(handoutAddress)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Read this page online' })).toBeVisible();
  await expect(page.getByText(/Page last reviewed: \d{1,2} [A-Z][a-z]+ \d{4}/)).toBeVisible();
  await expect(page.getByText(/Next review due: \d{1,2} [A-Z][a-z]+ \d{4}/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Get help' })).toBeVisible();
  await expect(page.getByRole('contentinfo').getByText(settings.contact.phone)).toBeVisible();
});

test('in print, the QR code is about 3cm across', async ({ page }) => {
  await printPage(page, handoutPath);
  const qr = page.getByRole('img', { name: `QR code for ${handoutAddress}` });
  await expect(qr).toBeVisible();
  const box = await qr.boundingBox();
  // 3cm is 113 CSS pixels (96 per inch).
  expect(box?.width).toBeGreaterThan(100);
  expect(box?.width).toBeLessThan(130);
  expect(box?.height).toBeCloseTo(box?.width ?? 0, 0);
});

test('in print, text is black on white and the page is not stretched to a screen’s height', async ({ page }) => {
  await printPage(page, handoutPath);
  const styles = await page.evaluate(() => {
    const colour = (selector: string) => getComputedStyle(document.querySelector(selector)!).color;
    const body = getComputedStyle(document.body);
    return {
      paragraph: colour('main p'),
      heading: colour('h1'),
      link: colour('main p a'),
      siteName: colour('header a'),
      background: body.backgroundColor,
      minHeight: body.minHeight,
      display: body.display,
    };
  });
  expect(styles).toEqual({
    paragraph: 'rgb(0, 0, 0)',
    heading: 'rgb(0, 0, 0)',
    link: 'rgb(0, 0, 0)',
    siteName: 'rgb(0, 0, 0)',
    background: 'rgba(0, 0, 0, 0)',
    minHeight: '0px',
    display: 'block',
  });
});

test('the printed PDF has the address, the review dates, the sources and the phone number, and no controls', async ({
  page,
}, testInfo) => {
  await page.goto(handoutPath);
  const pages = pdfPages(await page.pdf({ format: 'A4' }), testInfo.outputPath('handout.pdf'));
  const text = pages.join('\n');

  expect(joinAddressLines(text)).toContain(handoutAddress);
  expect(text).toMatch(/Page last reviewed: \d{1,2} [A-Z][a-z]+ \d{4}/);
  expect(text).toContain('Next review due:');
  // The "Sources" expander's content, closed on screen.
  expect(text).toContain('The facts on this page come from');
  expect(text).toContain("King's College Hospital NHS Foundation Trust");
  expect(text).toContain(settings.contact.phone);
  expect(text).toContain(settings.contact.email);
  expect(text).toContain('call 999');

  for (const control of ['Skip to main content', 'Search this site', 'Link to this section', 'Copy link', 'Accessibility statement']) {
    expect(text, control).not.toContain(control);
  }
});

for (const path of sitemapPaths()) {
  test(`${path} prints on A4 with no blank pages`, async ({ page }, testInfo) => {
    await page.goto(path);
    const pages = pdfPages(await page.pdf({ format: 'A4' }), testInfo.outputPath('page.pdf'));
    expect(pages.length).toBeGreaterThan(0);
    pages.forEach((pageText, index) => expect(pageText.trim(), `page ${index + 1} of ${pages.length}`).not.toBe(''));
  });
}
