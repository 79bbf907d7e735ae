import { IMMUTABLE, REVALIDATE, immutablePaths, securityHeaders, youtubePageHeaders } from '../server-config';
import { MAX_TARGET_LENGTH, PAGE_KEY_PATTERN } from './address';
import { COMPRESSIBLE_EXTENSIONS } from './compress';
import { charsetTypes, contentTypes, youtubeFiles } from './headers';
import { ALLOWED_METHODS, pageTargets, type SiteTable } from './site-table';

/**
 * The production nginx configuration, written from the same table and
 * headers as the local server (lib/serving/site-table.ts, headers.ts).
 *
 * It is a template: the folder the site is uploaded to, the server's name and
 * the certificate are filled in on the server at deploy time by
 * build/nginx/render.sh (docs/deploying.md), never the build machine's paths.
 *
 * Headers are set once, at server level, with `always` so 404s, redirects
 * and refusals carry them too; what varies by address (Cache-Control, the
 * YouTube pages' policy) comes from maps, because a location with an
 * add_header of its own would drop all the others.
 */

/** Placeholders render.sh replaces. */
export const TEMPLATE_VARIABLES = {
  SERVER_NAME: 'The site’s host name, e.g. cancer-rehab.example.org',
  SITE_ROOT: 'The folder holding the uploaded out/ files, e.g. /srv/cancer-rehab/out',
  HTTP_LISTEN: 'Addresses and ports for plain HTTP, separated by commas (default 80)',
  HTTPS_LISTEN: 'Addresses and ports for HTTPS, separated by commas (default 443)',
  TLS_CERTIFICATE: 'Certificate chain file (https template only)',
  TLS_CERTIFICATE_KEY: 'Its private key (https template only)',
  HTTPS_PORT_SUFFIX: 'Set by render.sh: ":port" when HTTPS is not on 443',
  BROTLI: 'Set by render.sh: "brotli_static on;" where the module is installed',
} as const;

/**
 * An nginx string in single quotes. nginx reads \\ \" \t \r \n in a string as
 * escapes, so those are refused; a regex's \s or \. passes through as written.
 */
function quote(value: string): string {
  if (/\\[\\"trn]|[\n\r]/.test(value)) throw new Error(`Cannot write ${JSON.stringify(value)} into the nginx configuration`);
  return `'${value.replace(/'/g, "\\'")}'`;
}

function regexLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** http-level maps: what each address means, and the headers that vary by address. */
export function nginxMaps(table: SiteTable): string {
  const targets = [...pageTargets(table)].sort(([a], [b]) => a.localeCompare(b));
  const youtube = youtubeFiles(table);
  const header = (name: string, byFile: Record<string, string>, fallback: string) =>
    `map $uri ${name} {\n  default ${quote(fallback)};\n${Object.entries(byFile)
      .map(([regex, value]) => `  ${quote(`~${regex}`)} ${quote(value)};`)
      .join('\n')}\n}`;
  const youtubeRegexes = (value: string) =>
    Object.fromEntries(youtube.map((file) => [`^${regexLiteral(file)}(?![\\s\\S])`, value]));
  const longestKey = Math.max(...targets.map(([key]) => key.length));
  // Each bucket must hold the longest key (plus nginx's bookkeeping); 64 bytes is the default.
  const bucketSize = 2 ** Math.ceil(Math.log2(Math.max(64, longestKey + 32)));
  return `# What an address means: the same rules as the local server (lib/serving/site-table.ts).
${bucketSize > 64 ? `map_hash_bucket_size ${bucketSize};\n` : ''}# 1. The page key: "/a/", "/a.html" and "/A.HTML" all mean "/a".
map $uri $site_page_key {
  default "";
  ${quote(`~${PAGE_KEY_PATTERN.replace('(/', '(?<site_key>/')}`)} $site_key;
}
# 2. The page it is: nginx compares map strings ignoring case, so "/HNA" finds "/hna".
map $site_page_key $site_page_target {
  default "";
${targets.map(([key, page]) => `  ${quote(key)} ${quote(page)};`).join('\n')}
}
# 3. A redirect when the address asked for is not exactly the page's own.
map "$site_page_target|$uri" $site_redirect {
  default "";
  "~^(?<site_target>[^|]+)\\|(?!\\k<site_target>(?![\\s\\S]))" $site_target;
}
# 4. The file a page is served from.
map $site_page_target $site_page_file {
  default "";
  "/" "/index.html";
  "~^(?<site_page>/.+)$" "$site_page.html";
}
${header('$site_cache_control', Object.fromEntries(immutablePaths.map((entry) => [entry.regex, IMMUTABLE])), REVALIDATE)}
${header('$site_csp', youtubeRegexes(youtubePageHeaders['Content-Security-Policy']!), securityHeaders['Content-Security-Policy']!)}
${header('$site_permissions_policy', youtubeRegexes(youtubePageHeaders['Permissions-Policy']!), securityHeaders['Permissions-Policy']!)}
map $request_method $site_allow {
  default ${quote(ALLOWED_METHODS.join(', '))};
${ALLOWED_METHODS.map((method) => `  ${method} "";`).join('\n')}
}
`;
}

/** The server block's body: the same in the HTTP and HTTPS templates. */
export function nginxSiteBody(): string {
  const varying: Record<string, string> = {
    'Content-Security-Policy': '$site_csp',
    'Permissions-Policy': '$site_permissions_policy',
  };
  const headerLines = [
    ...Object.entries(securityHeaders).map(([name, value]) => [name, varying[name] ?? quote(value)]),
    ['Cache-Control', '$site_cache_control'],
    // An empty value sends no header: only refused methods get Allow.
    ['Allow', '$site_allow'],
  ]
    .map(([name, value]) => `  add_header ${name} ${value} always;`)
    .join('\n');
  const types = Object.entries(contentTypes)
    .map(([extension, type]) => `    ${type} ${extension};`)
    .join('\n');
  return `  root @SITE_ROOT@;
  server_tokens off;
  charset utf-8;
  # text/html is always among them; naming it again is a warning.
  charset_types ${charsetTypes.filter((type) => type !== 'text/html').join(' ')};
  # The site's own list, so types match the local server's whatever mime.types says.
  types {
${types}
  }
  default_type application/octet-stream;
  etag on;
  absolute_redirect off;
  # Precompressed copies written by the build (lib/serving/compress.ts): file.gz and file.br
  # beside each ${COMPRESSIBLE_EXTENSIONS.join(', ')} file. Nothing is compressed per request.
  gzip off;
  gzip_static on;
  gzip_vary on;
  @BROTLI@
  error_page 404 /404.html;

  # Every response, 404s, redirects and refusals included (lib/server-config.ts).
${headerLines}

  if ($request_uri ~ "^.{${MAX_TARGET_LENGTH + 1}}") { return 414; }
  if ($request_method !~ ^(${ALLOWED_METHODS.join('|')})$) { return 405; }
  # Old, mixed-case, ".html" and trailing-slash addresses: one hop to the page, query kept.
  if ($site_redirect) { return 308 $site_redirect$is_args$args; }

  location = /404.html { internal; }
  # The precompressed copies are sent in place of their file, never asked for by name.
  location ~ "\\.(br|gz)$" { return 404; }
  # A folder is not a page (and must not be a 403 from the index module).
  location ~ "/$" { return 404; }
  location = / { try_files /index.html =404; }
  location / { try_files $uri $site_page_file =404; }
`;
}

/** What both templates open with: where they come from, and the maps the site's rules read. */
function templateHead(table: SiteTable): string {
  return `# Generated by scripts/postbuild.ts from lib/serving/ and lib/server-config.ts. Do not edit:
# change those and rebuild, so the local server and this file agree. Render with render.sh.
${nginxMaps(table)}`;
}

/** http-context file for a server behind a TLS proxy, and for the tests. */
export function nginxHttpTemplate(table: SiteTable): string {
  return `${templateHead(table)}
server {
  listen @HTTP_LISTEN@;
  server_name @SERVER_NAME@;
${nginxSiteBody()}}
`;
}

/**
 * The public server: plain HTTP only redirects to HTTPS; HTTPS has modern
 * settings (Mozilla's "intermediate" profile: TLS 1.2 and 1.3, forward-secret
 * AEAD ciphers only, https://ssl-config.mozilla.org/) and HSTS, which the
 * security headers carry.
 */
export function nginxHttpsTemplate(table: SiteTable): string {
  return `${templateHead(table)}
server {
  listen @HTTP_LISTEN@;
  server_name @SERVER_NAME@;
  server_tokens off;
  location / { return 301 https://@SERVER_NAME@@HTTPS_PORT_SUFFIX@$request_uri; }
}
server {
  listen @HTTPS_LISTEN@ ssl http2;
  server_name @SERVER_NAME@;
  ssl_certificate @TLS_CERTIFICATE@;
  ssl_certificate_key @TLS_CERTIFICATE_KEY@;
  ssl_protocols TLSv1.2 TLSv1.3;
  ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305;
  ssl_prefer_server_ciphers off;
  ssl_session_timeout 1d;
  ssl_session_cache shared:CancerRehabTLS:10m;
  ssl_session_tickets off;
${nginxSiteBody()}}
`;
}

/**
 * Fills in the templates on the server. POSIX sh and sed only, so the server
 * needs neither Node nor this repository.
 */
export const renderScript = `#!/bin/sh
# Writes the site's nginx configuration for this server. Usage (docs/deploying.md):
#   SERVER_NAME=cancer-rehab.example.org SITE_ROOT=/srv/cancer-rehab/out \\
#   TLS_CERTIFICATE=/etc/letsencrypt/live/cancer-rehab.example.org/fullchain.pem \\
#   TLS_CERTIFICATE_KEY=/etc/letsencrypt/live/cancer-rehab.example.org/privkey.pem \\
#   sh render.sh https > /etc/nginx/conf.d/cancer-rehab.conf && nginx -t && systemctl reload nginx
# "sh render.sh http" writes a plain-HTTP server instead, for use behind a proxy that does TLS.
# BROTLI=auto (default) turns brotli_static on when nginx's brotli module is installed
# (Debian: apt-get install libnginx-mod-http-brotli-static); BROTLI=on or BROTLI=off to choose.
set -eu
here=$(dirname "$0")
kind=\${1:-https}
case "$kind" in http|https) ;; *) echo "Usage: sh render.sh [https|http]" >&2; exit 2 ;; esac
: "\${SERVER_NAME:?Set SERVER_NAME to the site's host name}"
: "\${SITE_ROOT:?Set SITE_ROOT to the folder the out/ files were uploaded to}"
HTTP_LISTEN=\${HTTP_LISTEN:-80}
HTTPS_LISTEN=\${HTTPS_LISTEN:-443}
if [ "$kind" = https ]; then
  : "\${TLS_CERTIFICATE:?Set TLS_CERTIFICATE to the certificate chain file}"
  : "\${TLS_CERTIFICATE_KEY:?Set TLS_CERTIFICATE_KEY to its private key}"
fi
TLS_CERTIFICATE=\${TLS_CERTIFICATE:-}
TLS_CERTIFICATE_KEY=\${TLS_CERTIFICATE_KEY:-}
case "$SITE_ROOT" in /*) ;; *) echo "SITE_ROOT must be an absolute path" >&2; exit 2 ;; esac
# Several addresses, separated by commas, become several listen directives: "443,[::]:443".
HTTP_LISTEN_LINES=$(printf '%s' "$HTTP_LISTEN" | sed 's/,/; listen /g')
HTTPS_LISTEN_LINES=$(printf '%s' "$HTTPS_LISTEN" | sed 's/,/ ssl http2; listen /g')
first_https=\${HTTPS_LISTEN%%,*}
https_port=\${first_https##*:}
if [ "$https_port" = 443 ]; then HTTPS_PORT_SUFFIX=""; else HTTPS_PORT_SUFFIX=":$https_port"; fi
brotli=\${BROTLI:-auto}
if [ "$brotli" = auto ]; then
  brotli=off
  if ls /etc/nginx/modules-enabled 2>/dev/null | grep -q brotli; then brotli=on; fi
  if nginx -V 2>&1 | grep -q brotli; then brotli=on; fi
fi
if [ "$brotli" = on ]; then
  BROTLI_LINE="brotli_static on;"
else
  BROTLI_LINE="# brotli_static: nginx's brotli module is not installed, so gzip only."
fi
escape() { printf '%s' "$1" | sed -e 's/[\\\\|&]/\\\\&/g'; }
for value in "$SERVER_NAME" "$SITE_ROOT" "$HTTP_LISTEN" "$HTTPS_LISTEN" "$TLS_CERTIFICATE" "$TLS_CERTIFICATE_KEY"; do
  case "$value" in *[\\;\\{\\}\\"\\'[:space:]]*) echo "Refusing a value with spaces, quotes, braces or semicolons: $value" >&2; exit 2 ;; esac
done
sed \\
  -e "s|@SERVER_NAME@|$(escape "$SERVER_NAME")|g" \\
  -e "s|@SITE_ROOT@|$(escape "$SITE_ROOT")|g" \\
  -e "s|@HTTP_LISTEN@|$(escape "$HTTP_LISTEN_LINES")|g" \\
  -e "s|@HTTPS_LISTEN@|$(escape "$HTTPS_LISTEN_LINES")|g" \\
  -e "s|@TLS_CERTIFICATE@|$(escape "$TLS_CERTIFICATE")|g" \\
  -e "s|@TLS_CERTIFICATE_KEY@|$(escape "$TLS_CERTIFICATE_KEY")|g" \\
  -e "s|@HTTPS_PORT_SUFFIX@|$(escape "$HTTPS_PORT_SUFFIX")|g" \\
  -e "s|@BROTLI@|$(escape "$BROTLI_LINE")|g" \\
  "$here/$kind.conf.template"
`;
