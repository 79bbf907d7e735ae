import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFileAtomically } from './build/files';
import path from 'node:path';
import QRCode from 'qrcode';

// Bump when qrSvg's output changes (options, attributes), so the disk cache is not reused.
const QR_CACHE_VERSION = 1;

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A QR code for an address, as an SVG string made at build time: the page
 * needs no script and no image request for it. qrcode draws the code as one
 * path (about 2.4 KB, 0.7 KB gzipped), coloured with attributes. The page's
 * CSP has no 'unsafe-inline' for styles, so any style attribute is removed
 * (qrcode 1.5 writes none; this keeps it true if that changes).
 * Level M recovers from 15% damage: enough for a folded or smudged handout,
 * without the denser code that level H would need.
 * https://github.com/soldair/node-qrcode#qr-code-options
 */
export async function qrSvg(url: string, cacheDir = path.join(process.cwd(), '.cache', 'qr')): Promise<string> {
  // A page's address rarely changes, so each code is drawn once and kept on
  // disk, keyed by the address and the qrcode version: a warm build of a
  // thousand pages draws none.
  const key = createHash('sha256').update(`${QR_CACHE_VERSION}\0${qrcodeVersion()}\0${url}`).digest('hex');
  const file = path.join(cacheDir, `${key}.svg`);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    // Not drawn yet.
  }
  const svg = await drawQrSvg(url);
  writeFileAtomically(file, svg);
  return svg;
}

let installedQrcode: string | undefined;

function qrcodeVersion(): string {
  if (installedQrcode === undefined) {
    try {
      installedQrcode = (JSON.parse(readFileSync(path.join(process.cwd(), 'node_modules', 'qrcode', 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      installedQrcode = 'unknown';
    }
  }
  return installedQrcode;
}

async function drawQrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  const label = escapeAttribute(`QR code for ${url}`);
  return svg
    .trim()
    .replace(/\sstyle="[^"]*"/g, '')
    .replace(/^<svg\b/, `<svg role="img" aria-label="${label}"`);
}
