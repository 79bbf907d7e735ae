/**
 * Runs after `next build` has exported the site to out/:
 * 1. bundles the islands (components/islands/*.ts) into hashed files;
 * 2. removes the framework's scripts and payload files from the export
 *    (docs/decisions/001), pointing island tags at their hashed files;
 * 3. writes the search index;
 * 4. writes the server configuration (build/serve.json, build/nginx.conf)
 *    from lib/server-config.ts and the redirects in the content.
 * It fails if any page is left with a script that is not ours.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { listFiles } from '../lib/build/files';
import {
  getSearchDocuments,
  getServerConfigInput,
  getSessions,
  getSiteSettings,
  getSitemapPaths,
  getVideos,
  publishedUrlsFile,
} from '../lib/content';
import { buildNow } from '../lib/dates/now';
import { calendarFileName, occurrenceCalendar, scheduleCalendar } from '../lib/schedule';
import { withNewlyPublished } from '../lib/checks/links';
import { transcriptFileText } from '../lib/video/transcript-file';
import { foreignScripts, stripFrameworkScripts } from '../lib/build/strip-framework';
import { buildSearchIndexCached } from '../lib/search/index-cache';
import { nginxConfig, serveHandlerConfig } from '../lib/server-config';
import {
  islandScriptPath,
  occurrenceCalendarPath,
  pathSegments,
  scheduleCalendarPath,
  searchIndexFolder,
  searchPath,
  sessionPath,
  transcriptPath,
} from '../lib/urls';

const out = path.resolve('out');
const buildDir = path.resolve('build');

/** Where a file served at an address is written in out/ (the addresses come from lib/urls.ts). */
function outputFile(urlPath: string): string {
  return path.join(out, ...pathSegments(urlPath));
}
const islandsDir = path.resolve('components/islands');

async function bundleIslands(): Promise<Map<string, string>> {
  const entryPoints = readdirSync(islandsDir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.fixtures.ts'))
    .map((name) => path.join(islandsDir, name));
  const result = await build({
    entryPoints,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    outdir: path.join(out, 'islands'),
    entryNames: '[name].[hash]',
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const hashed = new Map<string, string>();
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    if (!output.entryPoint) continue;
    const name = path.basename(output.entryPoint, '.ts');
    hashed.set(islandScriptPath(name), `/${path.relative(out, path.resolve(file)).split(path.sep).join('/')}`);
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

function writeServerConfig() {
  const input = getServerConfigInput();
  mkdirSync(buildDir, { recursive: true });
  writeFileSync(path.join(buildDir, 'server-input.json'), `${JSON.stringify(input, null, 2)}\n`);
  writeFileSync(path.join(buildDir, 'serve.json'), `${JSON.stringify(serveHandlerConfig(input), null, 2)}\n`);
  writeFileSync(
    path.join(buildDir, 'nginx.conf'),
    nginxConfig({ ...input, root: process.env.NGINX_ROOT ?? out, listen: process.env.NGINX_LISTEN ?? '80' }),
  );
}

/**
 * The search index, as small files in a folder named by their hash (so
 * browsers may keep them for good), and the search page pointed at it.
 */
function writeSearchIndex() {
  const { files, bytes, version, cached } = buildSearchIndexCached(getSearchDocuments(), path.resolve('.cache', 'search-index'));
  const folder = searchIndexFolder(version);
  const dir = outputFile(folder);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of files) writeFileSync(path.join(dir, name), text);
  const page = `${outputFile(searchPath)}.html`;
  const html = readFileSync(page, 'utf8');
  const pointed = html.replace(`data-index-url="${searchIndexFolder()}"`, `data-index-url="${folder}"`);
  if (pointed === html) throw new Error(`Post-build check failed: search.html has no data-index-url="${searchIndexFolder()}" to point at the index.`);
  writeFileSync(page, pointed);
  console.log(`Search index: ${files.size} files, ${(bytes / 1024).toFixed(1)} KB in ${folder}${cached ? ' (unchanged, from the cache)' : ''}`);
}

/** Each video's transcript as a plain-text file, linked from the video ("Download the transcript"). */
function writeTranscripts() {
  for (const [id, video] of getVideos()) {
    const file = outputFile(transcriptPath(id));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, transcriptFileText(video));
  }
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

/** "Add to calendar" files for each occurrence with a known day, and a feed of the whole schedule. */
function writeCalendars() {
  const settings = getSiteSettings();
  const options = {
    siteUrl: settings.url,
    sessionPath,
    dtstamp: buildNow(),
    booking: settings.contact,
    calendarName: `${settings.name}: health and wellbeing sessions`,
  };
  let count = 0;
  for (const session of getSessions()) {
    for (const occurrence of session.occurrences) {
      const calendar = occurrenceCalendar(session, occurrence, options);
      if (!calendar) continue;
      const file = outputFile(occurrenceCalendarPath(calendarFileName(session, occurrence)));
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, calendar);
      count++;
    }
  }
  mkdirSync(path.dirname(outputFile(scheduleCalendarPath)), { recursive: true });
  writeFileSync(outputFile(scheduleCalendarPath), scheduleCalendar(getSessions(), options));
  return count;
}

const islands = await bundleIslands();
removeFrameworkFiles();
rewritePages(islands);
writeTranscripts();
const calendars = writeCalendars();
writeSearchIndex();
writeServerConfig();
recordPublishedUrls();
console.log(`Post-build: ${islands.size} islands, ${calendars} calendar files, framework scripts removed, server configuration in build/.`);
