import os from 'node:os';
import { expect, test } from '@playwright/test';

// Results within 300 ms of typing, on a mid-range phone: Chromium's CPU
// throttled 4× (as Lighthouse's mobile profile does). Measured in the page,
// from the last key press to the results being on screen, so it includes
// the island's pause for typing, fetching the shards and searching.
//
// A shared or busy machine makes any timing slow, so on one (load above
// 1.5 per core) the figures are reported but not held to the target.
const TARGET_MS = 300;

test('results appear within 300 ms of typing on a 4× slower CPU', async ({ page }) => {
  await page.goto('/search');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const box = page.locator('main').getByRole('searchbox', { name: 'Search this site' });
  // Focusing fetches the manifest, as it does for a visitor who taps the box.
  await box.focus();

  const timings: number[] = [];
  for (const query of ['tierd', 'money worries', 'physio', 'swollen arm', 'chemo brain']) {
    await box.fill('');
    await page.evaluate((query) => {
      const results = document.querySelector('[data-search-results]')!;
      const state = window as unknown as { lastKey?: number; shown?: Promise<number> };
      document.querySelector('#search-q')!.addEventListener('input', () => (state.lastKey = performance.now()));
      state.shown = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          // The results for the whole query, not for what was typed so far.
          if (results.querySelector('ol a') && results.querySelector('h2')?.textContent?.includes(`‘${query}’`)) {
            observer.disconnect();
            resolve(performance.now() - (state.lastKey ?? 0));
          }
        });
        observer.observe(results, { childList: true, subtree: true });
      });
    }, query);
    await box.pressSequentially(query);
    timings.push(await page.evaluate(() => (window as unknown as { shown: Promise<number> }).shown));
  }
  const sorted = [...timings].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const busy = os.loadavg()[0]! > os.cpus().length * 1.5;
  test.info().annotations.push({
    type: 'search speed',
    description: `median ${median.toFixed(0)} ms, each ${timings.map((ms) => ms.toFixed(0)).join(', ')} ms (load ${os.loadavg()[0]!.toFixed(1)})`,
  });
  console.log(`Search at 4× CPU throttling: median ${median.toFixed(0)} ms (${timings.map((ms) => ms.toFixed(0)).join(', ')})${busy ? '; machine busy, not held to the target' : ''}`);
  if (!busy) expect(median).toBeLessThanOrEqual(TARGET_MS);
});
