/**
 * The one source of the site's response headers and redirects. The local
 * static server (scripts/serve.ts) and the production nginx configuration
 * (written by scripts/postbuild.ts with lib/serving/) are both generated from
 * here, and a test proves they answer alike for every shape of address
 * (tests/e2e/address-shapes.spec.ts).
 */
import { ISLAND_HASH_LENGTH } from './build/island-entries';
import { YOUTUBE_EMBED_ORIGIN } from './third-party';

export type Redirect = { from: string; to: string };

/** Pages that embed a YouTube video, which need that one origin allowed in frames. */
export type ServerConfigInput = { redirects: Redirect[]; youtubePaths: string[] };

/** The one third-party origin a page may frame (lib/third-party.ts). */
export const YOUTUBE_ORIGIN = YOUTUBE_EMBED_ORIGIN;

function csp(frameSrc: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "media-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    `frame-src ${frameSrc}`,
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

function permissionsPolicy(fullscreen: string): string {
  return [
    'accelerometer=()',
    'camera=()',
    'geolocation=()',
    'gyroscope=()',
    'magnetometer=()',
    'microphone=()',
    'payment=()',
    'usb=()',
    'browsing-topics=()',
    `fullscreen=(${fullscreen})`,
  ].join(', ');
}

const baseHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

/** Headers on every response, 404s and redirects included. */
export const securityHeaders: Readonly<Record<string, string>> = {
  ...baseHeaders,
  'Content-Security-Policy': csp("'none'"),
  'Permissions-Policy': permissionsPolicy('self'),
};

/** The same, on a page that plays a YouTube video after the visitor asks. */
export const youtubePageHeaders: Readonly<Record<string, string>> = {
  ...baseHeaders,
  'Content-Security-Policy': csp(YOUTUBE_ORIGIN),
  'Permissions-Policy': permissionsPolicy(`self "${YOUTUBE_ORIGIN}"`),
};

/** Files whose names carry a content hash never change, so browsers may keep them. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else is checked with the server each time (cheap, thanks to ETags). */
export const REVALIDATE = 'no-cache';

/** Paths of hashed files, as regexes for both servers (the glob is for reading). */
export const immutablePaths = [
  { glob: '_next/static/**', regex: '^/_next/static/' },
  // The post-build step's fingerprint (lib/build/island-entries.ts): lower-case hex digits.
  { glob: 'islands/*.*.js', regex: `^/islands/[^/]+\\.[0-9a-f]{${ISLAND_HASH_LENGTH}}\\.js$` },
  // The search index, in a folder named by its hash (scripts/postbuild.ts).
  { glob: 'search-index/**', regex: '^/search-index/[0-9a-f]{8}/' },
] as const;
