import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { nginxConfig, securityHeaders } from '../../lib/server-config';
import { builtRedirects, outDir } from '../support/site';

// Production serves the same files with nginx, configured from the same
// source as the local server. This proves the two answer alike: status,
// redirect target, security and cache headers, and type, for each kind of address.
const nginxBinary = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => existsSync(candidate));
const port = Number(process.env.NGINX_TEST_PORT ?? 4180);
let nginx: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  expect(nginxBinary, 'nginx is installed (scripts/ensure-browser.mjs installs it on Debian)').toBeTruthy();
  const dir = mkdtempSync(path.join(tmpdir(), 'nginx-test-'));
  const input = JSON.parse(readFileSync('build/server-input.json', 'utf8'));
  const conf = `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${nginxConfig({ ...input, root: outDir, listen: `127.0.0.1:${port}` })}
}
`;
  writeFileSync(path.join(dir, 'nginx.conf'), conf);
  nginx = spawn(nginxBinary!, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'inherit' });
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error('nginx did not start');
});

test.afterAll(() => {
  nginx?.kill();
});

async function answer(base: string, pathname: string) {
  const response = await fetch(`${base}${pathname}`, { redirect: 'manual' });
  const headers: Record<string, string | null> = {
    status: String(response.status),
    location: response.headers.get('location'),
    // A redirect's body is never shown, so its type does not matter (nginx sends one, serve-handler none).
    'content-type':
      response.status >= 300 && response.status < 400
        ? null
        : (response.headers.get('content-type')?.split(';')[0]?.trim() ?? null),
    'cache-control': response.headers.get('cache-control'),
  };
  for (const name of Object.keys(securityHeaders)) headers[name] = response.headers.get(name);
  return { headers, body: response.status === 200 ? await response.text() : '' };
}

test('nginx and the local server answer alike for pages, files, 404s and redirects', async ({ baseURL, request }) => {
  const home = await (await request.get('/')).text();
  const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(home)?.[1];
  expect(stylesheet).toBeTruthy();
  const searchIndex = /data-index-url="([^"]+)"/.exec(await (await request.get('/search')).text())?.[1];
  expect(searchIndex).toBeTruthy();
  const paths = [
    '/',
    '/cancer-rehabilitation',
    '/personalised-care/holistic-needs-assessment',
    '/cancer-rehabilitation.html',
    '/cancer-rehabilitation/',
    '/no-such-page',
    '/no/such/page',
    stylesheet!,
    `${searchIndex}manifest.json`,
    '/sitemap.xml',
    '/robots.txt',
    ...builtRedirects().map((redirect) => redirect.from),
  ];
  for (const pathname of paths) {
    const local = await answer(baseURL!, pathname);
    const production = await answer(`http://127.0.0.1:${port}`, pathname);
    expect(production.headers, pathname).toEqual(local.headers);
    expect(production.body, pathname).toBe(local.body);
  }
});
