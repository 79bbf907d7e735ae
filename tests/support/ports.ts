/** The built site, served for the browser tests. */
export const port = Number(process.env.TEST_PORT ?? 4173);
/** The fixture site built by scripts/build-fixture-site.sh, for the schedule tests. */
export const fixturePort = Number(process.env.FIXTURE_PORT ?? 4174);
/** nginx, started by the tests that compare it with the local server: plain HTTP. */
export const nginxPort = Number(process.env.NGINX_TEST_PORT ?? port + 2);
/** nginx's HTTPS template: its HTTP (redirecting) and HTTPS ports. */
export const nginxRedirectPort = nginxPort + 1;
export const nginxHttpsPort = nginxPort + 2;
/** A second plain-HTTP nginx, for the address-shape test, which may run beside the nginx tests. */
export const shapesNginxPort = nginxPort + 3;
/** nginx rendered as on a server without the brotli module. */
export const gzipOnlyNginxPort = nginxPort + 5;
/** nginx serving the fixture site (which has a YouTube page), beside the local fixture server. */
export const fixtureNginxPort = nginxPort + 6;
/** `npm run dev`, for the preview tests (playwright.dev.config.ts): after nginx's ports. */
export const devPort = Number(process.env.DEV_PORT ?? port + 9);
