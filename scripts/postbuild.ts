/**
 * Runs after `next build` has exported the site to out/. The export already
 * holds everything the site serves, pages and generated files alike (islands,
 * calendars, search index, transcripts come from route handlers, so
 * `npm run dev` serves them too). This step only:
 * 1. adds a content hash to each island's name (out/islands/<name>.js), so
 *    browsers may cache them for ever;
 * 2. removes the framework's scripts and payload files from the export
 *    (docs/decisions/001), pointing island tags at their hashed files;
 * 3. keeps the content and directory pages it has finished for the next build, and puts
 *    back those Next did not render because an earlier build had finished
 *    them with the same inputs (lib/build/finished-pages.ts);
 * 4. moves the search index into a folder named by its hash and points the
 *    search page at it, so browsers may keep it;
 * 5. precompresses the site and writes the server configuration
 *    (build/site-table.json, build/nginx/) from lib/server-config.ts,
 *    lib/serving/ and the redirects in the content; and security.txt.
 * It fails if any page is left with a script that is not ours.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { linkOrCopy, listFiles } from '../lib/build/files';
import { keepFinishedPages } from '../lib/build/finished-pages';
import { islandFingerprint } from '../lib/build/island-entries';
import { islandNames } from '../lib/generated/files';
import { withNewlyPublished } from '../lib/checks/links';
import { foreignScripts, stripFrameworkScripts } from '../lib/build/strip-framework';
import { getSearchDocuments, getServerConfigInput, getSiteSettings, getSitemapPaths, publishedUrlsFile } from '../lib/content';
import { buildNow } from '../lib/dates/now';
import { searchIndexCacheDir, storedSearchIndex } from '../lib/search/index-cache';
import { islandScriptPath, pathSegments, searchIndexFolder, searchPath } from '../lib/urls';
import { writeSecurityTxt } from '../lib/seo/security-txt';
import { compressedCacheDir } from '../lib/serving/compress';
import { writeServing } from '../lib/serving/write';
import { plainContentPages } from '../lib/views/content-page';
import { directoryPages } from '../lib/views/directory-pages';

const out = path.resolve('out');
const buildDir = path.resolve('build');

/** out/islands/<name>.js → out/islands/<name>.<hash>.js; returns where each went. */
function fingerprintIslands(): Map<string, string> {
  const hashed = new Map<string, string>();
  for (const name of islandNames()) {
    const address = islandScriptPath(name);
    const file = path.join(out, ...pathSegments(address));
    if (!existsSync(file)) throw new Error(`Post-build: the export has no ${address} (app/islands/[file]/route.ts should write it).`);
    const hash = islandFingerprint(readFileSync(file));
    renameSync(file, file.replace(/\.js$/, `.${hash}.js`));
    hashed.set(address, address.replace(/\.js$/, `.${hash}.js`));
  }
  return hashed;
}

function removeFrameworkFiles() {
  const doomed = listFiles(out).filter((file) => {
    const relative = path.relative(out, file).split(path.sep).join('/');
    // React Server Component payloads: "page.txt" beside "page.html", and "__next.*" files.
    const isPayload =
      file.endsWith('.txt') &&
      (path.basename(file).startsWith('__next.') || existsSync(file.replace(/\.txt$/, '.html')));
    const isFrameworkScript = relative.startsWith('_next/') && file.endsWith('.js');
    return isPayload || isFrameworkScript || relative === '_not-found.html';
  });
  for (const file of doomed) rmSync(file);
  // Remove folders the deletions left empty.
  const prune = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) prune(full);
    }
    if (dir !== out && readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
  };
  prune(out);
}

function rewritePages(islands: Map<string, string>) {
  const problems: string[] = [];
  for (const file of listFiles(out).filter((name) => name.endsWith('.html'))) {
    let html = stripFrameworkScripts(readFileSync(file, 'utf8'));
    html = html.replace(/(<script\b[^>]*\bsrc=")(\/islands\/[^"]+)"/g, (match, start: string, src: string) => {
      const hashed = islands.get(src);
      if (!hashed) {
        problems.push(`${path.relative(out, file)}: no island called ${src}`);
        return match;
      }
      return `${start}${hashed}"`;
    });
    const left = foreignScripts(html);
    if (left.length) problems.push(`${path.relative(out, file)}: scripts left after stripping: ${left.join(', ')}`);
    writeFileSync(file, html);
  }
  if (problems.length) throw new Error(`Post-build check failed:\n${problems.join('\n')}`);
}

async function writeServerConfig() {
  const input = getServerConfigInput();
  mkdirSync(buildDir, { recursive: true });
  writeFileSync(path.join(buildDir, 'server-input.json'), `${JSON.stringify(input, null, 2)}\n`);
  const compressed = await writeServing(out, buildDir, input, compressedCacheDir());
  const reused = compressed.fromCache ? ` (${compressed.fromCache} unchanged, from the cache)` : '';
  console.log(`Precompressed ${compressed.files} files: ${kb(compressed.bytes)} → ${kb(compressed.brotliBytes)} brotli, ${kb(compressed.gzipBytes)} gzip${reused}.`);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/**
 * The search index, as small files in a folder named by their hash (so
 * browsers may keep them for good), and the search page pointed at it.
 */
function writeSearchIndex() {
  const { names, bytes, version, cached, filesDir } = storedSearchIndex(getSearchDocuments(), searchIndexCacheDir());
  const folder = searchIndexFolder(version);
  const dir = path.join(out, ...pathSegments(folder));
  // The export's unversioned copies (app/search-index/[file]/route.ts, for `npm run dev`) are not served.
  const unversioned = path.join(out, ...pathSegments(searchIndexFolder()));
  for (const name of existsSync(unversioned) ? readdirSync(unversioned) : []) {
    if (statSync(path.join(unversioned, name)).isFile()) rmSync(path.join(unversioned, name));
  }
  mkdirSync(dir, { recursive: true });
  // Linked from the cache, not written: 750 files at 1,000 pages.
  for (const name of names) linkOrCopy(path.join(filesDir, name), path.join(dir, name));
  const page = `${path.join(out, ...pathSegments(searchPath))}.html`;
  const html = readFileSync(page, 'utf8');
  const pointed = html.replace(`data-index-url="${searchIndexFolder()}"`, `data-index-url="${folder}"`);
  if (pointed === html) throw new Error(`Post-build check failed: search.html has no data-index-url="${searchIndexFolder()}" to point at the index.`);
  writeFileSync(page, pointed);
  console.log(`Search index: ${names.length} files, ${(bytes / 1024).toFixed(1)} KB in ${folder}${cached ? ' (unchanged, from the cache)' : ''}`);
}

/**
 * Adds this build's pages to the committed list of every address ever
 * published; content:check then fails if one of them stops working.
 */
function recordPublishedUrls() {
  const file = publishedUrlsFile();
  const before = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
  const after = withNewlyPublished(before, getSitemapPaths().map((entry) => entry.path));
  if (after.length !== before.length) {
    writeFileSync(file, `${after.join('\n')}\n`);
    console.log(`Published addresses: added ${after.length - before.length} to ${path.relative(process.cwd(), file)} (commit it).`);
  }
}

/**
 * Keeps the content and directory pages Next rendered, now finished, for
 * the next build, and puts back those it did not render because an earlier
 * build had finished them with the same inputs (lib/build/finished-pages.ts).
 */
function keepAndReusePages() {
  const { rendered, reused } = keepFinishedPages([...plainContentPages(), ...directoryPages()], out);
  if (reused) console.log(`Content and directory pages: ${rendered} rendered, ${reused} unchanged, kept from an earlier build.`);
}

const islands = fingerprintIslands();
removeFrameworkFiles();
rewritePages(islands);
keepAndReusePages();
writeSecurityTxt(out, getSiteSettings(), buildNow());
writeSearchIndex();
await writeServerConfig();
recordPublishedUrls();
console.log(`Post-build: ${islands.size} islands fingerprinted, framework scripts removed, server configuration in build/.`);
