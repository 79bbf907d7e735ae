#!/usr/bin/env node
/**
 * Finds a Chromium for the browser tests, installing one if there is none:
 * 1. the path in CHROMIUM_PATH;
 * 2. Debian's /usr/bin/chromium;
 * 3. Playwright's own download;
 * otherwise installs one (Debian as root: apt-get install -y chromium;
 * elsewhere: npx playwright install chromium), saying what it did.
 * Also makes sure nginx (for the production-server test) and pdftotext from
 * poppler-utils (for the print tests) are there (Debian as root).
 * Writes the chosen path to .cache/chromium-path for playwright.config.ts.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');

function playwrightChromium() {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function aptInstall(packages) {
  console.log(`Installing ${packages.join(' and ')} from Debian's packages (apt-get install -y ${packages.join(' ')})...`);
  execSync('apt-get update -qq', { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

function findChromium() {
  if (process.env.CHROMIUM_PATH) {
    if (existsSync(process.env.CHROMIUM_PATH)) return { path: process.env.CHROMIUM_PATH, how: 'CHROMIUM_PATH' };
    console.warn(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which does not exist; looking elsewhere.`);
  }
  if (existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium', how: "Debian's chromium" };
  const own = playwrightChromium();
  if (own) return { path: own, how: "Playwright's own Chromium" };
  if (isRoot && hasApt) {
    aptInstall(['chromium']);
    return { path: '/usr/bin/chromium', how: "Debian's chromium, installed just now" };
  }
  console.log('No Chromium found: installing Playwright\'s (npx playwright install chromium)...');
  execSync('npx playwright install chromium', { stdio: 'inherit' });
  const installed = playwrightChromium();
  if (!installed) throw new Error('Could not find or install Chromium. Set CHROMIUM_PATH to a Chromium or Chrome binary.');
  return { path: installed, how: "Playwright's own Chromium, installed just now" };
}

const browser = findChromium();
console.log(`Browser tests use ${browser.how}: ${browser.path}`);
mkdirSync('.cache', { recursive: true });
writeFileSync('.cache/chromium-path', browser.path);

const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
// The print tests read the printed PDF's text with pdftotext, from Debian's poppler-utils.
const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((path) => existsSync(path));
// nginx's brotli module and openssl, for the precompression and HTTPS tests (tests/e2e/nginx.spec.ts).
const brotli = existsSync('/usr/lib/nginx/modules/ngx_http_brotli_static_module.so');
const openssl = ['/usr/bin/openssl', '/usr/local/bin/openssl'].find((path) => existsSync(path));
const missing = [
  ...(nginx ? [] : ['nginx']),
  ...(pdftotext ? [] : ['poppler-utils']),
  ...(brotli ? [] : ['libnginx-mod-http-brotli-static']),
  ...(openssl ? [] : ['openssl']),
];
if (missing.length && isRoot && hasApt) aptInstall(missing);
if (!nginx && !(isRoot && hasApt)) {
  console.log('nginx is not installed and cannot be installed here: the nginx comparison test will say so and fail.');
}
if (!pdftotext && !(isRoot && hasApt)) {
  console.log('pdftotext (poppler-utils) is not installed and cannot be installed here: the print tests will say so and fail.');
}
