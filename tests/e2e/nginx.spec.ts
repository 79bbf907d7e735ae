import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { securityHeaders } from '../../lib/server-config';
import { pageFile, type SiteTable } from '../../lib/serving/site-table';
import { isCompressible } from '../../lib/serving/compress';
import { gzipOnlyNginxPort, nginxHttpsPort, nginxPort, nginxRedirectPort, port } from '../support/ports';
import { startNginx, type RunningNginx } from '../support/nginx';
import { rawRequest } from '../support/raw-http';
import { outDir } from '../support/site';

// The production nginx configuration, as deployed: rendered by the build's
// render.sh, serving the precompressed files, and (with a certificate made
// here) the HTTPS server with its redirect from plain HTTP.
test.describe.configure({ mode: 'serial' });

const table: SiteTable = JSON.parse(readFileSync('build/site-table.json', 'utf8'));
let plain: RunningNginx | undefined;

test.beforeAll(async () => {
  plain = await startNginx({ kind: 'http', env: { SERVER_NAME: 'localhost', HTTP_LISTEN: `127.0.0.1:${nginxPort}` } }, nginxPort);
});
test.afterAll(() => plain?.stop());

/** Every compressible address and the file on disk it serves. */
function compressibleAddresses(): Array<{ address: string; file: string }> {
  return [
    ...table.pages.map((page) => ({ address: page, file: pageFile(page) })),
    ...table.files.filter(isCompressible).map((file) => ({ address: file, file })),
  ];
}

test('every page, stylesheet, script and feed is sent compressed when asked, and decodes to the same file', async () => {
  const addresses = compressibleAddresses();
  expect(addresses.length).toBeGreaterThan(20);
  const decode = { br: brotliDecompressSync, gzip: gunzipSync } as const;
  let compressed = 0;
  for (const { address, file } of addresses) {
    const original = readFileSync(path.join(outDir, file));
    for (const [name, serverPort] of [['local', port], ['nginx', nginxPort]] as const) {
      for (const encoding of ['br', 'gzip'] as const) {
        const label = `${name} ${address} (${encoding})`;
        const response = await rawRequest(serverPort, 'GET', address, { 'Accept-Encoding': encoding });
        expect(response.status, label).toBe(200);
        const sent = response.headers['content-encoding'];
        // The build leaves out a copy that would not be smaller; then the plain file comes.
        expect([encoding, undefined], label).toContain(sent);
        const body = sent ? decode[encoding](response.body) : response.body;
        expect(body.equals(original), `${label} decodes to ${file}`).toBe(true);
        if (sent) {
          compressed++;
          expect(response.body.length, label).toBeLessThan(original.length);
          expect(response.headers.vary, label).toMatch(/Accept-Encoding/i);
        }
      }
    }
  }
  // Nearly everything is worth compressing: a page is about a quarter of its size in brotli.
  expect(compressed).toBeGreaterThan(addresses.length * 2 * 2 * 0.8);
});

test('a browser that does not ask for compression gets the plain file from both servers', async () => {
  for (const serverPort of [port, nginxPort]) {
    const response = await rawRequest(serverPort, 'GET', '/cancer-rehabilitation');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.equals(readFileSync(path.join(outDir, 'cancer-rehabilitation.html')))).toBe(true);
  }
});

test('an encoding refused with q=0 is not sent, by either server', async () => {
  const original = readFileSync(path.join(outDir, 'cancer-rehabilitation.html'));
  for (const serverPort of [port, nginxPort]) {
    const gzipOnly = await rawRequest(serverPort, 'GET', '/cancer-rehabilitation', { 'Accept-Encoding': 'br;q=0, gzip' });
    expect(gzipOnly.headers['content-encoding'], `${serverPort}`).toBe('gzip');
    expect(gunzipSync(gzipOnly.body).equals(original)).toBe(true);
    const neither = await rawRequest(serverPort, 'GET', '/cancer-rehabilitation', { 'Accept-Encoding': 'br;q=0, gzip;q=0' });
    expect(neither.headers['content-encoding'], `${serverPort}`).toBeUndefined();
    expect(neither.body.equals(original)).toBe(true);
  }
});

test("a video player's byte ranges get the right bytes from both servers", async () => {
  const video = table.files.find((file) => file.endsWith('.webm') || file.endsWith('.mp4'));
  expect(video, 'the site has a video').toBeTruthy();
  const whole = readFileSync(path.join(outDir, video!));
  const size = whole.length;
  const cases = [
    { range: 'bytes=0-1', start: 0, end: 1 },
    { range: 'bytes=0-99', start: 0, end: 99 },
    { range: 'bytes=100-', start: 100, end: size - 1 },
    { range: 'bytes=-100', start: size - 100, end: size - 1 },
  ];
  for (const serverPort of [port, nginxPort]) {
    for (const item of cases) {
      const response = await rawRequest(serverPort, 'GET', video!, { Range: item.range });
      const label = `${serverPort} ${item.range}`;
      // A server may answer a range with the whole file (RFC 9110, section 14.2), never with the wrong bytes.
      if (response.status === 200) {
        expect(response.body.equals(whole), label).toBe(true);
        continue;
      }
      expect(response.status, label).toBe(206);
      expect(response.headers['content-range'], label).toBe(`bytes ${item.start}-${item.end}/${size}`);
      expect(response.body.equals(whole.subarray(item.start, item.end + 1)), label).toBe(true);
    }
  }
});

test('the 404 page is compressed too, and still a 404', async () => {
  for (const serverPort of [port, nginxPort]) {
    const response = await rawRequest(serverPort, 'GET', '/no-such-page', { 'Accept-Encoding': 'br, gzip' });
    expect(response.status).toBe(404);
    expect(response.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(response.body).equals(readFileSync(path.join(outDir, '404.html')))).toBe(true);
  }
});

test('where nginx has no brotli module, the rendered configuration still starts and sends gzip', async () => {
  const gzipOnly = await startNginx(
    { kind: 'http', env: { SERVER_NAME: 'localhost', HTTP_LISTEN: `127.0.0.1:${gzipOnlyNginxPort}`, BROTLI: 'off' } },
    gzipOnlyNginxPort,
  );
  try {
    expect(gzipOnly.config).not.toMatch(/^\s*brotli_static on;/m);
    const response = await rawRequest(gzipOnlyNginxPort, 'GET', '/cancer-rehabilitation', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(response.body).equals(readFileSync(path.join(outDir, 'cancer-rehabilitation.html')))).toBe(true);
  } finally {
    gzipOnly.stop();
  }
});

test('the rendered configuration has the deploy-time folder and name, not the build machine’s', () => {
  expect(plain!.config).toContain(`root ${outDir};`);
  expect(plain!.config).toContain('server_name localhost;');
  for (const template of ['http', 'https']) {
    const text = readFileSync(`build/nginx/${template}.conf.template`, 'utf8');
    expect(text).not.toContain(process.cwd());
    expect(text).toContain('root @SITE_ROOT@;');
    // Headers are set once for the whole server, not in each location.
    expect(text.match(/add_header Content-Security-Policy/g)?.length).toBe(1);
  }
});

test('render.sh listens on every address given, IPv4 and IPv6 alike', () => {
  const config = execFileSync('sh', ['build/nginx/render.sh', 'https'], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      SERVER_NAME: 'cancer-rehab.example.org',
      SITE_ROOT: '/srv/cancer-rehab/out',
      TLS_CERTIFICATE: '/etc/ssl/site.pem',
      TLS_CERTIFICATE_KEY: '/etc/ssl/site.key',
      HTTP_LISTEN: '80,[::]:80',
      HTTPS_LISTEN: '443,[::]:443',
      BROTLI: 'off',
    } as unknown as NodeJS.ProcessEnv,
  });
  expect(config).toContain('listen 80; listen [::]:80;');
  expect(config).toContain('listen 443 ssl http2; listen [::]:443 ssl http2;');
  // On 443, the redirect needs no port.
  expect(config).toContain('return 301 https://cancer-rehab.example.org$request_uri;');
  expect(config).toContain('ssl_certificate /etc/ssl/site.pem;');
  expect(config).not.toContain('@');
});

test('render.sh refuses to run without the server name and folder', () => {
  expect(() =>
    execFileSync('sh', ['build/nginx/render.sh', 'http'], { env: { PATH: process.env.PATH ?? '' } as unknown as NodeJS.ProcessEnv, stdio: 'pipe' }),
  ).toThrow(/SERVER_NAME/);
});

test.describe('the HTTPS template, with a self-signed certificate', () => {
  let secure: RunningNginx | undefined;
  let certificate = '';

  test.beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tls-test-'));
    const cert = path.join(dir, 'cert.pem');
    const key = path.join(dir, 'key.pem');
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost',
      '-addext', 'subjectAltName=DNS:localhost', '-keyout', key, '-out', cert,
    ], { stdio: 'pipe' });
    certificate = readFileSync(cert, 'utf8');
    secure = await startNginx(
      {
        kind: 'https',
        env: {
          SERVER_NAME: 'localhost',
          HTTP_LISTEN: `127.0.0.1:${nginxRedirectPort}`,
          HTTPS_LISTEN: `127.0.0.1:${nginxHttpsPort}`,
          TLS_CERTIFICATE: cert,
          TLS_CERTIFICATE_KEY: key,
        },
      },
      nginxHttpsPort,
    );
  });
  test.afterAll(() => secure?.stop());

  function get(pathname: string, options: { maxVersion?: 'TLSv1.2' | 'TLSv1.3' } = {}) {
    return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; protocol: string | null; body: string }>(
      (resolve, reject) => {
        const request = httpsRequest(
          { host: '127.0.0.1', port: nginxHttpsPort, path: pathname, servername: 'localhost', ca: certificate, headers: { host: 'localhost' }, agent: false, ...options },
          (response) => {
            // Read now: the socket is detached from the response once it ends.
            const protocol = (response.socket as import('node:tls').TLSSocket).getProtocol?.() ?? null;
            let body = '';
            response.on('data', (chunk) => (body += chunk));
            response.on('end', () =>
              resolve({
                status: response.statusCode!,
                headers: response.headers,
                protocol,
                body,
              }),
            );
          },
        );
        request.on('error', reject);
        request.end();
      },
    );
  }

  test('serves the site over HTTPS with HSTS and the security headers', async () => {
    const response = await get('/cancer-rehabilitation');
    expect(response.status).toBe(200);
    expect(response.body).toContain('<h1');
    expect(response.protocol).toBe('TLSv1.3');
    for (const [name, value] of Object.entries(securityHeaders)) expect(response.headers[name.toLowerCase()], name).toBe(value);
    expect(response.headers['strict-transport-security']).toMatch(/max-age=\d{8}/);
  });

  test('still talks to TLS 1.2 clients, and answers an old address in one hop', async () => {
    const response = await get('/HNA', { maxVersion: 'TLSv1.2' });
    expect(response.protocol).toBe('TLSv1.2');
    expect(response.status).toBe(308);
    expect(response.headers.location).toBe('/personalised-care/holistic-needs-assessment');
  });

  test('plain HTTP redirects to the same address over HTTPS', async () => {
    const response = await new Promise<{ status: number; location?: string }>((resolve, reject) => {
      const request = httpRequest(
        { host: '127.0.0.1', port: nginxRedirectPort, path: '/cancer-rehabilitation?from=letter', headers: { host: 'localhost' } },
        (res) => {
          res.resume();
          resolve({ status: res.statusCode!, location: res.headers.location });
        },
      );
      request.on('error', reject);
      request.end();
    });
    expect(response.status).toBe(301);
    expect(response.location).toBe(`https://localhost:${nginxHttpsPort}/cancer-rehabilitation?from=letter`);
  });
});
