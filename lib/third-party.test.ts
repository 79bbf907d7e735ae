import { expect, test } from 'vitest';
import { securityHeaders, youtubePageHeaders } from './server-config';
import { youtubeEmbedUrl, youtubeWatchUrl } from './third-party';

function frameSources(csp: string | undefined): string[] {
  const directive = (csp ?? '').split(';').map((part) => part.trim()).find((part) => part.startsWith('frame-src '));
  return directive ? directive.split(/\s+/).slice(1) : [];
}

test("the YouTube player's address is one the CSP of a page with a YouTube video allows in frames", () => {
  const player = new URL(youtubeEmbedUrl('dQw4w9WgXcQ', '?autoplay=1&rel=0'));
  expect(frameSources(youtubePageHeaders['Content-Security-Policy'])).toContain(player.origin);
});

test('other pages allow no third-party frames at all', () => {
  const sources = frameSources(securityHeaders['Content-Security-Policy']);
  expect(sources.some((source) => source.startsWith('https:'))).toBe(false);
});

test('the plain link goes to the video on YouTube', () => {
  expect(youtubeWatchUrl('dQw4w9WgXcQ')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
});
