import { existsSync, readFileSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { devPort } from './tests/support/ports';

// Browser tests against `npm run dev` (tests/dev/), proving the preview
// editors use shows what visitors get: islands, calendars and search included.
// Run with: npx playwright test -c playwright.dev.config.ts
const chromiumPath =
  process.env.CHROMIUM_PATH ??
  (existsSync('.cache/chromium-path') ? readFileSync('.cache/chromium-path', 'utf8').trim() : undefined);

export default defineConfig({
  testDir: 'tests/dev',
  testMatch: ['**/*.spec.ts'],
  workers: 1,
  retries: 0,
  reporter: [['list']],
  // The development server compiles each route on its first request: slow on a busy machine.
  timeout: 180_000,
  expect: { timeout: 60_000 },
  use: {
    baseURL: `http://127.0.0.1:${devPort}`,
    trace: 'off',
    navigationTimeout: 120_000,
    launchOptions: {
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    // 1 August 2025: before the real schedule's dated sessions, so the
    // "What's on" page links to their calendar files.
    command: `SITE_NOW=2025-08-01T09:00:00Z NEXT_TELEMETRY_DISABLED=1 npx next dev -p ${devPort} -H 127.0.0.1`,
    url: `http://127.0.0.1:${devPort}/`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: 'ignore',
  },
});
