import { expect, test, type Page } from '@playwright/test';
import { wcagViolations } from '../support/axe';
import { fixturePort } from '../support/ports';


/** Blocks every request that leaves the site, and records it. */
async function blockOtherSites(page: Page, origin: string) {
  const attempted: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    attempted.push(url);
    return route.abort('blockedbyclient');
  });
  return attempted;
}

test.describe('the self-hosted awareness video', () => {
  test('plays from the keyboard, with English captions that show cues, and nothing from other sites', async ({ page, baseURL }) => {
    const attempted = await blockOtherSites(page, new URL(baseURL!).origin);
    await page.goto('/video');
    const video = page.locator('video');
    await expect(video).toHaveAttribute('preload', /^(none|metadata)$/);
    await expect(video.locator('track[kind="captions"][srclang="en"]')).toHaveAttribute('default', '');

    await video.focus();
    await expect(video).toBeFocused();
    await page.keyboard.press('Space');
    await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.currentTime), { timeout: 10_000 }).toBeGreaterThan(0.5);
    expect(await video.evaluate((element: HTMLVideoElement) => element.paused)).toBe(false);

    const cues = await video.evaluate(async (element: HTMLVideoElement) => {
      const track = element.textTracks[0]!;
      track.mode = 'showing';
      for (let attempt = 0; attempt < 50 && (!track.cues || track.cues.length === 0); attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return { count: track.cues?.length ?? 0, language: track.language, active: track.activeCues?.length ?? 0 };
    });
    expect(cues.language).toBe('en');
    expect(cues.count).toBeGreaterThan(5);
    await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.textTracks[0]!.activeCues?.length ?? 0)).toBeGreaterThan(0);
    expect(attempted).toEqual([]);
  });

  test('its transcript is on the page and can be downloaded', async ({ page, request }) => {
    await page.goto('/video');
    await expect(page.getByRole('heading', { name: 'Transcript' })).toBeVisible();
    await expect(page.getByText(/Rehabilitation can start as soon as you are diagnosed/)).toBeVisible();
    const download = await request.get((await page.getByRole('link', { name: /Download the transcript/ }).getAttribute('href'))!);
    expect(download.status()).toBe(200);
    expect(await download.text()).toContain('Rehabilitation can start as soon as you are diagnosed');
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test('the transcript is still there', async ({ page }) => {
      await page.goto('/video');
      await expect(page.getByRole('heading', { name: 'Transcript' })).toBeVisible();
      await expect(page.locator('video source[type="video/mp4"]')).toHaveCount(1);
    });
  });

  test('describes itself to search engines as a VideoObject with a transcript', async ({ page }) => {
    await page.goto('/video');
    const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
    const data = texts.map((text) => JSON.parse(text) as Record<string, unknown>);
    const video = data.find((item) => item['@type'] === 'VideoObject');
    expect(video).toMatchObject({ name: expect.any(String), duration: expect.stringMatching(/^PT/), uploadDate: expect.any(String) });
    const transcript = video?.transcript;
    expect(typeof transcript === 'string' ? transcript.length : 0).toBeGreaterThan(200);
  });
});

test.describe('a YouTube video (fixture site)', () => {
  const site = `http://127.0.0.1:${fixturePort}`;

  test('loads nothing from YouTube until the visitor presses play, then a privacy-enhanced player', async ({ page }) => {
    const attempted = await blockOtherSites(page, site);
    await page.goto(`${site}/youtube-video`, { waitUntil: 'networkidle' });
    expect(attempted).toEqual([]);
    expect(await page.locator('iframe').count()).toBe(0);
    expect(await wcagViolations(page)).toEqual([]);

    const play = page.getByRole('button', { name: 'Play video: Fixture YouTube video' });
    await expect(play).toBeVisible();
    await expect(page.getByText(/YouTube, which may set cookies/)).toBeVisible();
    await play.focus();
    await page.keyboard.press('Enter');

    const iframe = page.locator('iframe');
    await expect(iframe).toHaveAttribute('src', /^https:\/\/www\.youtube-nocookie\.com\/embed\/abcdefghijk/);
    await expect(iframe).toHaveAttribute('title', 'Video: Fixture YouTube video');
    await expect(iframe).toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    await expect.poll(() => attempted.some((url) => url.startsWith('https://www.youtube-nocookie.com/embed/'))).toBe(true);
    expect(attempted.every((url) => url.startsWith('https://www.youtube-nocookie.com/'))).toBe(true);
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('the page allows that one origin in frames, and no other', async ({ request }) => {
    const response = await request.get(`${site}/youtube-video`);
    expect(response.headers()['content-security-policy']).toContain('frame-src https://www.youtube-nocookie.com;');
    const other = await request.get(`${site}/`);
    expect(other.headers()['content-security-policy']).toContain("frame-src 'none'");
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test('the link to YouTube and the transcript still work, and there is no dead button', async ({ page }) => {
      await page.goto(`${site}/youtube-video`);
      await expect(page.getByRole('link', { name: 'Watch on YouTube' })).toHaveAttribute('href', 'https://www.youtube.com/watch?v=abcdefghijk');
      await expect(page.getByText('This is the transcript of the fixture video.')).toBeVisible();
      await expect(page.getByRole('button', { name: /Play video/ })).toHaveCount(0);
    });
  });
});
