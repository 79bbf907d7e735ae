import QRCode from 'qrcode';

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
export async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  const label = escapeAttribute(`QR code for ${url}`);
  return svg
    .trim()
    .replace(/\sstyle="[^"]*"/g, '')
    .replace(/^<svg\b/, `<svg role="img" aria-label="${label}"`);
}
