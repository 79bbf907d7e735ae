import { expect, test } from '@playwright/test';
import { sitemapPaths, templatePaths } from '../support/site';

// "Report a problem with this page": a mailto: link at the foot of every
// page, naming the page, that sends nothing anywhere by itself.

function decodedMail(href: string) {
  const url = new URL(href);
  const param = (name: string) => decodeURIComponent(new RegExp(`[?&]${name}=([^&]*)`).exec(href)?.[1] ?? '');
  return { to: url.pathname, subject: param('subject'), body: param('body') };
}

test.describe('with JavaScript switched off', () => {
  test.use({ javaScriptEnabled: false });

  test('every page has the link, naming its own address and title', async ({ page }) => {
    // Visits every page in the sitemap: give a busy machine time.
    test.setTimeout(300_000);
    for (const path of sitemapPaths()) {
      await page.goto(path);
      const link = page.getByRole('link', { name: 'Report a problem with this page' });
      await expect(link, path).toHaveCount(1);
      const mail = decodedMail((await link.getAttribute('href'))!);
      expect(mail.to, path).toMatch(/^[^@\s]+@[^@\s]+$/);
      expect(mail.body, path).toContain(`Address: `);
      expect(new URL(/Address: (\S+)/.exec(mail.body)![1]!).pathname.replace(/^$/, '/'), path).toBe(path);
      // The page is named by its heading or by its title in the browser tab.
      const heading = (await page.locator('h1').textContent())!.trim();
      const tabTitle = (await page.title()).split(' - ')[0]!.trim();
      const named = mail.subject.includes(heading) || mail.subject.includes(tabTitle) || tabTitle.includes(mail.subject.split(': ').pop()!);
      expect(named, `${path}: "${mail.subject}" names neither "${heading}" nor "${tabTitle}"`).toBe(true);
    }
  });
});

test('following the link asks nothing of any server', async ({ page, baseURL }) => {
  await page.goto(templatePaths.content);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const link = page.getByRole('link', { name: 'Report a problem with this page' });
  await expect(link).toHaveAttribute('href', /^mailto:/);
  await link.focus();
  await expect(link).toBeFocused();
  expect(requests.filter((url) => !url.startsWith(baseURL!))).toEqual([]);
});
