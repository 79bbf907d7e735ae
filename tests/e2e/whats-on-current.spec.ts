import { expect, test, type Page } from '@playwright/test';
import { fixturePort } from '../support/ports';

// The fixture site (tests/fixtures/site) was built as if it were 10am on
// Tuesday 11 June 2030 (scripts/build-fixture-site.sh). Its sessions:
// one ended yesterday, one ends at midday today, one starts tomorrow.
const site = `http://127.0.0.1:${fixturePort}`;

function group(page: Page, heading: string) {
  return page
    .locator('section, details')
    .filter({ has: page.getByRole('heading', { name: heading, exact: true, includeHidden: true }) });
}

/** Past sessions are folded away: open them, as a visitor would. */
async function openPast(page: Page) {
  await page.getByText('Past sessions', { exact: true }).click();
}

test.describe('with JavaScript off, the build date decides', () => {
  test.use({ javaScriptEnabled: false });

  test('a session that ended yesterday is past, not upcoming', async ({ page }) => {
    await page.goto(`${site}/whats-on`);
    await openPast(page);
    await expect(group(page, 'Upcoming sessions').getByRole('link', { name: 'Ended yesterday', exact: true })).toHaveCount(0);
    await expect(group(page, 'Past sessions').getByRole('link', { name: 'Ended yesterday', exact: true })).toHaveCount(1);
    await expect(group(page, 'Upcoming sessions').getByRole('link', { name: 'Ends later today', exact: true })).toHaveCount(1);
    await expect(group(page, 'Upcoming sessions').getByRole('link', { name: 'Starts tomorrow', exact: true })).toHaveCount(1);
  });

  test('upcoming sessions are soonest first, with NHS-style dates and times', async ({ page }) => {
    await page.goto(`${site}/whats-on`);
    const titles = await group(page, 'Upcoming sessions').getByRole('heading', { level: 3 }).allTextContents();
    expect(titles).toEqual(['Ends later today', 'Starts tomorrow']);
    await expect(page.locator('time[datetime="2030-06-12"]')).toHaveText('Wednesday 12 June 2030');
    await expect(page.locator('time[datetime="2030-06-12T14:00:00+01:00"]')).toHaveText('2pm');
    await expect(page.locator('time[datetime="2030-06-12T15:30:00+01:00"]')).toHaveText('3:30pm');
  });
});

test.describe('with JavaScript on, the visitor’s clock decides', () => {
  test('a session that ends while the page is out of date moves to past, and screen readers are told', async ({ page }) => {
    // 1pm in London on the build day: "Ends later today" ended at midday.
    await page.clock.setFixedTime(new Date('2030-06-11T12:00:00Z'));
    await page.goto(`${site}/whats-on`);
    await openPast(page);
    await expect(group(page, 'Past sessions').getByRole('link', { name: 'Ends later today', exact: true })).toHaveCount(1);
    await expect(group(page, 'Upcoming sessions').getByRole('link', { name: 'Ends later today', exact: true })).toHaveCount(0);
    await expect(group(page, 'Upcoming sessions').getByRole('link', { name: 'Starts tomorrow', exact: true })).toHaveCount(1);
    await expect(page.getByRole('status').filter({ hasText: 'ended' })).toHaveText(/1 session has ended/);
    const moved = page.locator('[data-occurrence="ends-later-today--only"]');
    await expect(moved.getByText('Finished')).toBeVisible();
    await expect(moved.getByRole('link', { name: /Book by email/ })).toHaveCount(0);
  });

  test('on the build day, nothing moves and nothing is announced', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2030-06-11T09:30:00Z'));
    await page.goto(`${site}/whats-on`);
    await expect(group(page, 'Upcoming sessions').getByRole('link', { name: 'Ends later today', exact: true })).toHaveCount(1);
    await expect(page.locator('[data-schedule-announce]')).toHaveText('');
  });

  test('a session page moves its own date to past too', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2030-06-13T09:00:00Z'));
    await page.goto(`${site}/whats-on/starts-tomorrow`);
    await expect(group(page, 'Upcoming sessions').locator('[data-occurrence]')).toHaveCount(0);
    await expect(group(page, 'Upcoming sessions').getByText(/no sessions with a confirmed date/)).toBeVisible();
  });
});

test('an upcoming session can be booked by email with the session and date filled in, and added to a calendar', async ({ page, request }) => {
  await page.goto(`${site}/whats-on/starts-tomorrow`);
  const book = page.getByRole('link', { name: /Book by email/ });
  const href = decodeURIComponent((await book.getAttribute('href'))!);
  expect(href).toMatch(/^mailto:/);
  expect(href).toContain('Starts tomorrow');
  expect(href).toContain('Wednesday 12 June 2030');
  expect(href.toLowerCase()).toContain('medical');
  const calendar = await request.get(`${site}${await page.getByRole('link', { name: /Add to calendar/ }).getAttribute('href')}`);
  expect(calendar.status()).toBe(200);
  expect(calendar.headers()['content-type']).toContain('text/calendar');
  expect(await calendar.text()).toContain('DTSTART:20300612T130000Z');
});
