import { expect, test } from 'vitest';
import { qrSvg } from './qr';

const address = 'https://cancer-rehab.example.org/personalised-care/holistic-needs-assessment';

test('makes an SVG image named after the address it encodes', async () => {
  const svg = await qrSvg(address);
  expect(svg.startsWith('<svg ')).toBe(true);
  expect(svg.endsWith('</svg>')).toBe(true);
  expect(svg).toContain('role="img"');
  expect(svg).toContain(`aria-label="QR code for ${address}"`);
  expect(svg).toMatch(/viewBox="0 0 \d+ \d+"/);
});

test('has no style attributes, which the content security policy would block', async () => {
  expect(await qrSvg(address)).not.toMatch(/style\s*=/i);
});

test('draws a different code for a different address', async () => {
  const one = await qrSvg(address);
  const other = await qrSvg('https://cancer-rehab.example.org/prehabilitation');
  const paths = (svg: string) => svg.match(/ d="[^"]+"/g);
  expect(paths(other)).not.toEqual(paths(one));
});

test('escapes the address in the accessible name', async () => {
  const svg = await qrSvg('https://example.org/?a="b"&c=<d>');
  expect(svg).toContain('aria-label="QR code for https://example.org/?a=&quot;b&quot;&amp;c=&lt;d&gt;"');
});

test('stays small enough to put on every page', async () => {
  expect((await qrSvg(address)).length).toBeLessThan(4000);
});

test('draws each address once: a second build reads the code from the cache', async () => {
  const { mkdtempSync, readdirSync, writeFileSync } = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qr-cache-'));
  const first = await qrSvg(address, dir);
  const [file] = readdirSync(dir);
  expect(first).toBe(await qrSvg(address, dir));
  // What is on disk is what is served: proof the second call did not draw again.
  writeFileSync(path.join(dir, file!), '<svg>cached</svg>');
  expect(await qrSvg(address, dir)).toBe('<svg>cached</svg>');
});
