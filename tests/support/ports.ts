/** The built site, served for the browser tests. */
export const port = Number(process.env.TEST_PORT ?? 4173);
/** The fixture site built by scripts/build-fixture-site.sh, for the schedule tests. */
export const fixturePort = Number(process.env.FIXTURE_PORT ?? 4174);
/** `npm run dev`, for the preview tests (playwright.dev.config.ts). */
export const devPort = Number(process.env.DEV_PORT ?? port + 2);
