import { existsSync, readFileSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { fixturePort, port } from './tests/support/ports';

// scripts/ensure-browser.mjs finds (or installs) Chromium and writes its path here.
const chromiumPath =
  process.env.CHROMIUM_PATH ??
  (existsSync('.cache/chromium-path') ? readFileSync('.cache/chromium-path', 'utf8').trim() : undefined);



export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts', 'visual/**/*.spec.ts'],
  // Reference screenshots are committed beside the visual tests, one per
  // template and width, with no platform suffix: CI is this same Debian and
  // Chromium. Update them on purpose with `npm run test:visual:update`.
  snapshotPathTemplate: '{testDir}/visual/__screenshots__/{arg}{ext}',
  expect: {
    toHaveScreenshot: {
      // A little anti-aliasing noise passes; a moved block, a new line or a changed colour does not.
      maxDiffPixelRatio: 0.002,
      threshold: 0.2,
      animations: 'disabled',
      caret: 'hide',
      scale: 'css',
    },
  },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: {
      executablePath: chromiumPath,
      // This machine has no network beyond loopback: these flags stop
      // Chromium's own background traffic, which would otherwise fail noisily.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      command: `PORT=${port} npx tsx scripts/serve.ts`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
    },
    {
      command: `PORT=${fixturePort} SITE_DIR=.cache/fixture-site/out SERVE_CONFIG=.cache/fixture-site/build/serve.json npx tsx scripts/serve.ts`,
      url: `http://127.0.0.1:${fixturePort}/`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
    },
  ],
});
