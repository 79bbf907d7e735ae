import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../support/site';

// GitHub issue 11: a worried reader is one tap from /urgent-help on every
// page, the page works and reads the same with JavaScript off, and it
// prints as a handout a clinician can give out.

for (const path of [...sitemapPaths(), '/this-page-does-not-exist']) {
  test(`${path} has a visible footer link to /urgent-help`, async ({ page }) => {
    await page.goto(path);
    const link = page.getByRole('contentinfo').getByRole('link', { name: 'Get help urgently' });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', '/urgent-help');
  });
}

test('the home page links to /urgent-help above the fold on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const link = page.getByRole('main').getByRole('link', { name: 'Find out when to get help urgently' });
  await expect(link).toBeInViewport();
  await expect(link).toHaveAttribute('href', '/urgent-help');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('/urgent-help says how urgent each card is and shows no placeholder number', async ({ page }) => {
    await page.goto('/urgent-help');
    await expect(page.getByRole('heading', { level: 1, name: 'Get help urgently' })).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Urgent advice: Call your 24-hour number now if you are having cancer treatment and' }).first(),
    ).toContainText('37.5°C');
    await expect(page.getByRole('region', { name: /^Immediate action required: Call 999 or go to A&E now if$/ }).first()).toBeVisible();
    // The setting is still Ofcom's drama number: the page must not offer it as a line to call.
    await expect(page.getByText('the 24-hour number your cancer team gave you').first()).toBeVisible();
    await expect(page.locator('main a[href="tel:02079460001"]')).toHaveCount(0);
  });

  test('the neutropenic sepsis session sends people who are unwell now to /urgent-help', async ({ page }) => {
    await page.goto('/whats-on/neutropenic-sepsis');
    const note = page.getByRole('region', { name: 'Urgent advice: If you are unwell now, do not wait for a session' });
    await expect(note.getByRole('link', { name: 'Find out when to get help urgently' })).toHaveAttribute('href', '/urgent-help');
  });
});

test('/urgent-help prints every sign, with the urgency in words, and no controls', async ({ page }, testInfo) => {
  await page.goto('/urgent-help');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('Immediate action required:').first()).toBeVisible();

  const file = testInfo.outputPath('urgent-help.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const sheets = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
  sheets.forEach((sheet, index) => expect(sheet.trim(), `sheet ${index + 1}`).not.toBe(''));
  const text = sheets.join('\n');
  // Phrases may wrap onto the next line; a phone number must not.
  const flowing = text.replace(/\s+/g, ' ');
  for (const words of ['37.5°C', 'lower than 36°C', '4 or more loose, watery poos', 'Call 999 or go to A&E now', 'option 2', 'Urgent advice:', 'Immediate action required:']) {
    expect(flowing, words).toContain(words);
  }
  expect(text).toContain('116 123');
  for (const control of ['Skip to main content', 'Search this site', 'Copy link']) expect(text, control).not.toContain(control);
});
