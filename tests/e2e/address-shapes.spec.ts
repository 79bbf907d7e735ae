import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { securityHeaders } from '../../lib/server-config';
import { fixtureNginxPort, fixturePort, shapesNginxPort as nginxPort, port } from '../support/ports';
import { startNginx, type RunningNginx } from '../support/nginx';
import { rawRequest, type RawResponse } from '../support/raw-http';
import { builtRedirects, outDir } from '../support/site';
import { addressShapes } from './address-shapes';

// Production serves the built site with nginx; everyone else (and every other
// test) with the local server. Both are generated from one source, and this
// proves they answer every shape of address alike, so a link that works
// locally works in production (and one that fails, fails the same way).
let nginx: RunningNginx | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  nginx = await startNginx({ kind: 'http', env: { SERVER_NAME: 'localhost', HTTP_LISTEN: `127.0.0.1:${nginxPort}` } }, nginxPort);
});

test.afterAll(() => nginx?.stop());

const compared = ['location', 'content-type', 'cache-control', ...Object.keys(securityHeaders).map((name) => name.toLowerCase())];

function summary(response: RawResponse) {
  const fields: Record<string, string | undefined> = { status: String(response.status) };
  for (const name of compared) {
    const value = response.headers[name];
    fields[name] = name === 'content-type' ? value?.split(';')[0]?.trim() : value;
  }
  // Allow matters on a 405; elsewhere nginx adds it to refusals it cannot read a method from.
  if (response.status === 405) fields.allow = response.headers.allow;
  return fields;
}

function shapes() {
  const home = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(home)?.[1];
  expect(stylesheet, 'the home page links a hashed stylesheet').toBeTruthy();
  return addressShapes({ redirects: builtRedirects(), stylesheet: stylesheet! });
}

test('nginx and the local server answer every shape of address alike, and never with a 5xx', async () => {
  const differences: string[] = [];
  for (const shape of shapes()) {
    const label = `${shape.why}: ${shape.method} ${JSON.stringify(shape.target.length > 80 ? `${shape.target.slice(0, 80)}…` : shape.target)}`;
    const [local, production] = await Promise.all([
      rawRequest(port, shape.method, shape.target),
      rawRequest(nginxPort, shape.method, shape.target),
    ]);
    expect(local.status, `local server, ${label}`).toBeLessThan(500);
    expect(production.status, `nginx, ${label}`).toBeLessThan(500);
    const a = summary(local);
    const b = summary(production);
    const differing = Object.keys({ ...a, ...b }).filter((key) => a[key] !== b[key]);
    if (differing.length) {
      differences.push(`${label}\n${differing.map((key) => `  ${key}: local ${a[key]} | nginx ${b[key]}`).join('\n')}`);
    }
  }
  expect(differences.join('\n\n')).toBe('');
});

test('every redirect arrives at a page in one hop, on both servers', async () => {
  for (const shape of shapes().filter((candidate) => candidate.method === 'GET')) {
    for (const serverPort of [port, nginxPort]) {
      const first = await rawRequest(serverPort, 'GET', shape.target);
      if (first.status !== 308) continue;
      const location = first.headers.location!;
      expect(location, `${shape.why}: a path on this site`).toMatch(/^\/(?!\/)/);
      const landed = await rawRequest(serverPort, 'GET', location);
      expect(landed.status, `${shape.why}: ${shape.target} → ${location} is a page, not another redirect`).toBe(200);
    }
  }
});

test('a mixed-case address from a letter reaches the page, keeping its query', async () => {
  for (const serverPort of [port, nginxPort]) {
    const response = await rawRequest(serverPort, 'GET', '/Personalised-Care/Holistic-Needs-Assessment?ref=letter');
    expect(response.status).toBe(308);
    expect(response.headers.location).toBe('/personalised-care/holistic-needs-assessment?ref=letter');
  }
});

test('only GET and HEAD are answered; other methods are refused with the ones allowed', async () => {
  for (const serverPort of [port, nginxPort]) {
    for (const method of ['POST', 'OPTIONS', 'PUT', 'DELETE', 'PATCH']) {
      const response = await rawRequest(serverPort, method, '/cancer-rehabilitation');
      expect(response.status, method).toBe(405);
      expect(response.headers.allow, method).toBe('GET, HEAD');
    }
    const head = await rawRequest(serverPort, 'HEAD', '/cancer-rehabilitation');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  }
});

test('a page that may play YouTube gets its own frame policy on both servers, and only that page', async () => {
  // The real content has no YouTube video; the fixture site has one.
  const fixture = await startNginx(
    {
      kind: 'http',
      env: { SERVER_NAME: 'localhost', HTTP_LISTEN: `127.0.0.1:${fixtureNginxPort}` },
      site: { outDir: '.cache/fixture-site/out', buildDir: '.cache/fixture-site/build' },
    },
    fixtureNginxPort,
  );
  try {
    const targets = ['/youtube-video', '/youtube-video?t=1', '/Youtube-Video', '/youtube-video.html', '/youtube-video/', '/', '/no-such-page'];
    for (const target of targets) {
      for (const method of ['GET', 'POST']) {
        const [local, production] = await Promise.all([
          rawRequest(fixturePort, method, target),
          rawRequest(fixtureNginxPort, method, target),
        ]);
        expect(summary(production), `${method} ${target}`).toEqual(summary(local));
      }
    }
    const page = await rawRequest(fixturePort, 'GET', '/youtube-video');
    expect(page.headers['content-security-policy']).toContain('frame-src https://www.youtube-nocookie.com');
    const other = await rawRequest(fixturePort, 'GET', '/');
    expect(other.headers['content-security-policy']).toContain("frame-src 'none'");
  } finally {
    fixture.stop();
  }
});
