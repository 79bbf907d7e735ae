/**
 * How a request's address is read, the same way on both servers.
 *
 * nginx decodes the path before it matches anything ($uri): percent-escapes
 * are decoded, "//" becomes "/", "." and ".." segments are resolved, and it
 * answers 400 to a NUL, a bad escape or a ".." above the root. The local
 * server (scripts/serve.ts) does the same here, so the two agree on every
 * address in tests/e2e/address-shapes.ts.
 */

/**
 * Longest request target (path and query) either server answers; longer is
 * 414. nginx refuses a request line longer than its 8 KB header buffer
 * anyway, so this sits well below that, far above any real address.
 */
export const MAX_TARGET_LENGTH = 4096;

export type ParsedTarget =
  | { ok: true; uri: string; query: string }
  | { ok: false; status: 400 }
  /** Too long, though readable: nginx still has the address, which its headers may depend on. */
  | { ok: false; status: 414; uri: string };

/** Splits off the query, decodes and normalises the path as nginx does. */
export function parseTarget(target: string): ParsedTarget {
  let raw = target;
  // Absolute form ("GET http://host/path"), which proxies send; nginx takes the path.
  const absolute = /^https?:\/\/[^/?#]*/i.exec(raw);
  if (absolute) raw = raw.slice(absolute[0].length) || '/';
  if (!raw.startsWith('/')) return { ok: false, status: 400 };
  const queryAt = raw.indexOf('?');
  const rawPath = queryAt === -1 ? raw : raw.slice(0, queryAt);
  const query = queryAt === -1 ? '' : raw.slice(queryAt + 1);
  const decoded = percentDecode(rawPath);
  if (decoded === null) return { ok: false, status: 400 };
  const uri = resolveSegments(decoded);
  if (uri === null) return { ok: false, status: 400 };
  if (target.length > MAX_TARGET_LENGTH) return { ok: false, status: 414, uri };
  return { ok: true, uri, query };
}

function percentDecode(path: string): string | null {
  if (!path.includes('%')) return path;
  const bytes: number[] = [];
  for (let index = 0; index < path.length; index++) {
    const char = path[index]!;
    if (char !== '%') {
      bytes.push(...Buffer.from(char, 'utf8'));
      continue;
    }
    const hex = path.slice(index + 1, index + 3);
    if (!/^[0-9a-f]{2}$/i.test(hex)) return null;
    const byte = Number.parseInt(hex, 16);
    // nginx: "client sent invalid request" for an escaped NUL.
    if (byte === 0) return null;
    bytes.push(byte);
    index += 2;
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Merges slashes and resolves dot segments; null if ".." climbs above the root. */
function resolveSegments(path: string): string | null {
  const segments = path.split('/').slice(1);
  const kept: string[] = [];
  let endsInSlash = false;
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1;
    if (segment === '' || segment === '.') {
      endsInSlash = last;
      continue;
    }
    if (segment === '..') {
      if (kept.length === 0) return null;
      kept.pop();
      endsInSlash = last;
      continue;
    }
    kept.push(segment);
    endsInSlash = false;
  }
  if (kept.length === 0) return '/';
  return `/${kept.join('/')}${endsInSlash ? '/' : ''}`;
}

/**
 * The page an address means, before case is ignored: "/a/", "/a.html" and
 * "/a.HTML/" all mean "/a". The same pattern is written into nginx's map
 * (lib/serving/nginx.ts), so it uses only what PCRE and JavaScript share:
 * `(?![\s\S])` for "end of string", because PCRE's `$` also matches before a
 * final newline and JavaScript's does not.
 */
export const PAGE_KEY_PATTERN = '^(/[\\s\\S]*?)(?:\\.[Hh][Tt][Mm][Ll])?/*(?![\\s\\S])';
const pageKeyRegex = new RegExp(PAGE_KEY_PATTERN);

export function pageKey(uri: string): string {
  return pageKeyRegex.exec(uri)?.[1] ?? '';
}

/** nginx's map compares strings ignoring ASCII case only (ngx_hash_strlow). */
export function asciiLowerCase(text: string): string {
  return text.replace(/[A-Z]/g, (char) => char.toLowerCase());
}
