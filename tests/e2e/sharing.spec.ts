import { expect, test } from '@playwright/test';
import { sitemapPaths, templatePaths } from '../support/site';

// What a link shows when shared, what search engines read, and the small
// files browsers and security researchers ask every site for.

function meta(html: string, attribute: 'property' | 'name', key: string): string | undefined {
  const match = new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`).exec(html);
  return match?.[1]?.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

function jsonLd(html: string): Array<Record<string, unknown>> {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap(([, text]) => {
    const data = JSON.parse(text!);
    return Array.isArray(data) ? data : [data];
  });
}

test('every page has Open Graph and Twitter card data: its own title, address and a described image', async ({ request }) => {
  const paths = sitemapPaths();
  expect(paths.length).toBeGreaterThan(10);
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    expect(meta(html, 'property', 'og:site_name'), path).toBeTruthy();
    expect(meta(html, 'property', 'og:locale'), path).toBe('en_GB');
    expect(meta(html, 'property', 'og:title'), path).toBeTruthy();
    expect(meta(html, 'property', 'og:description'), path).toBeTruthy();
    expect(new URL(meta(html, 'property', 'og:url')!).pathname.replace(/^\/$/, '/'), path).toBe(path);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    expect(canonical, path).toBe(meta(html, 'property', 'og:url'));
    expect(meta(html, 'property', 'og:image:alt'), path).toMatch(/\w{10}/);
    expect(meta(html, 'name', 'twitter:card'), path).toBe('summary_large_image');
  }
});

test('the share image, icons and favicon are served, so no page logs a 404', async ({ request, page }) => {
  const html = await (await request.get('/')).text();
  const image = new URL(meta(html, 'property', 'og:image')!).pathname;
  const shareImage = await request.get(image);
  expect(shareImage.status()).toBe(200);
  expect(shareImage.headers()['content-type']).toBe('image/png');
  for (const path of ['/favicon.ico', '/icon.svg', '/apple-icon.png']) expect((await request.get(path)).status(), path).toBe(200);

  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(failed).toEqual([]);
});

test('the home page tells search engines about the website and the organisation', async ({ request }) => {
  const types = jsonLd(await (await request.get('/')).text()).map((item) => item['@type']);
  expect(types).toEqual(expect.arrayContaining(['WebSite', 'Organization']));
});

test('a content page is a MedicalWebPage with its review date, audience and breadcrumbs', async ({ request }) => {
  const data = jsonLd(await (await request.get(templatePaths.content)).text());
  const page = data.find((item) => item['@type'] === 'MedicalWebPage');
  expect(page).toMatchObject({ lastReviewed: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), audience: expect.any(Array), about: expect.any(Array) });
  const trail = data.find((item) => item['@type'] === 'BreadcrumbList') as { itemListElement: Array<{ name: string }> };
  expect(trail.itemListElement.at(0)?.name).toBe('Home');
});

test('security.txt says whom to contact, until when, at its canonical address', async ({ request }) => {
  const response = await request.get('/.well-known/security.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/plain/);
  const text = await response.text();
  expect(text).toMatch(/^Contact: (mailto:|https:\/\/)/m);
  const expires = new Date(/^Expires: (.+)$/m.exec(text)![1]!);
  const days = (expires.getTime() - Date.now()) / 86_400_000;
  // A year after the build, which is today or recently.
  expect(days).toBeGreaterThan(300);
  expect(days).toBeLessThanOrEqual(366);
  expect(text).toMatch(/^Canonical: https:\/\/.+\/\.well-known\/security\.txt$/m);
});

test("What's on offers a calendar subscription, and announces its feed", async ({ page, request }) => {
  await page.goto(templatePaths.whatsOn);
  const subscribe = page.getByRole('link', { name: 'Subscribe to all sessions in your calendar app' });
  await expect(subscribe).toHaveAttribute('href', /^webcal:\/\/.+\/whats-on\/calendar\.ics$/);
  await expect(page.locator('link[rel="alternate"][type="text/calendar"]')).toHaveAttribute('href', /\/whats-on\/calendar\.ics$/);
  await page.getByText('Using Google Calendar or Outlook on the web').click();
  await expect(page.getByText(/Select .From URL./)).toBeVisible();
  const feed = await (await request.get('/whats-on/calendar.ics')).text();
  expect(feed).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n');
  expect(feed).toContain('X-PUBLISHED-TTL:PT12H\r\n');
});
