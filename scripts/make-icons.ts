/**
 * Makes the site's icons and share image from app/icon.svg and the site
 * settings, with sharp (which ships its own image library, so nothing is
 * downloaded). Run it after changing the icon, the site's name or colours:
 *   npx tsx --conditions=react-server scripts/make-icons.ts
 * and commit what it writes:
 * - app/apple-icon.png (180 × 180, for iPhone home screens);
 * - app/favicon.ico (16, 32 and 48 pixels, for browsers that ask for /favicon.ico);
 * - public/share.png (1200 × 630, shown when a link is shared: lib/seo/share.ts).
 * Made once and committed rather than at each build, because text in the share
 * image depends on the fonts installed, and a build should give the same bytes anywhere.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { getSiteSettings } from '../lib/content';
import { SHARE_IMAGE } from '../lib/seo/share';

const BRAND = '#005eb8';
const icon = readFileSync('app/icon.svg');

async function png(svg: Buffer, size: number): Promise<Buffer> {
  return sharp(svg, { density: 72 * (size / 64) * 2 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** An .ico file holding PNG images (supported by every browser since Internet Explorer 9). */
function ico(images: Array<{ size: number; data: Buffer }>): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.data)]);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Greedy line breaks: the share image is a picture, so its text must be laid out here. */
function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function shareSvg(name: string, organisation: string): Buffer {
  const { width, height } = SHARE_IMAGE;
  const title = wrap(name, 22)
    .map((line, index) => `<text x="80" y="${250 + index * 88}" font-size="76" font-weight="700">${escapeXml(line)}</text>`)
    .join('');
  const iconBody = icon.toString().replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="${width}" height="${height}" fill="${BRAND}"/>
<rect x="0" y="${height - 24}" width="${width}" height="24" fill="#003087"/>
<g transform="translate(80 60) scale(1.5)"><rect x="-3" y="-3" width="70" height="70" rx="14" fill="#fff"/>${iconBody}</g>
<g fill="#fff" font-family="DejaVu Sans, Arial, Helvetica, sans-serif">${title}
<text x="80" y="${height - 80}" font-size="36">${escapeXml(organisation)}</text></g>
</svg>`);
}

const settings = getSiteSettings();
writeFileSync('app/apple-icon.png', await png(icon, 180));
writeFileSync('app/favicon.ico', ico(await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(icon, size) })))));
writeFileSync(
  'public/share.png',
  await sharp(shareSvg(settings.name, settings.organisation)).png({ compressionLevel: 9, palette: true }).toBuffer(),
);
console.log('Wrote app/apple-icon.png, app/favicon.ico and public/share.png');
