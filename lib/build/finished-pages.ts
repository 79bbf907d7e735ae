import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { londonDate } from '../dates/london';
import { buildNow } from '../dates/now';
import { pageFile } from '../serving/site-table';
import { frontmatterPattern } from '../content/frontmatter';
import { fileBytes, fileSize, hashTree, listFiles, writeFileAtomically } from './files';

/**
 * Pages a build has finished (rendered by Next, then stripped of the
 * framework by the post-build step), kept between builds, so the next build
 * renders only the pages whose inputs changed (issue 13: at 1,000 pages,
 * rendering every page again was most of a warm build, and most of a build
 * after an editor changed one page). Content pages and the local support
 * directory's pages are kept; "What's on" is not, as it changes with the
 * hour (its sessions move to "past" as they end).
 *
 * A content page is made from its own file and from things every page
 * shares: the code, the layout's stylesheet, the other pages' titles and
 * descriptions (the menu, breadcrumbs and "In this section" lists), the
 * site's settings, videos and other data, and the day. So a page's key is
 * its own file's text plus one key for all of those together: every file
 * of the code, every file in content/ (for other pages, only their
 * frontmatter), public/'s names and sizes, the stylesheets' names (they are
 * named by their content) and the day in London. A directory page is made
 * from the shared inputs alone (services, areas and settings are YAML in
 * content/, and which services show depends on the day).
 *
 * What this relies on: no kept page shows anything from a content page's
 * body (its text, headings or anchors) but its own.
 * tests/content/finished-pages.test.ts fails if one starts to; then add that
 * page data to `sharedInputsKey`.
 *
 * Nothing is skipped that checks anything: the content check runs in full
 * first, and a kept page was checked by the post-build step when it was made.
 */

/** Bump when what a finished page depends on changes in a way the key cannot see. */
const FORMAT = 1;

/** The code that renders pages: everything but tests, and our patches to installed packages (patches/). */
const codeFolders = ['app', 'components', 'lib', 'patches'];
const codeFiles = ['next.config.ts', 'package.json', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json'];
/** Settings read from the environment that may change what a page shows. */
const environment = ['CONTENT_DIR', 'SITE_ENV', 'SITE_NOW', 'SITE_TODAY'];

const isTest = (file: string) => /\.test\.tsx?$/.test(file);

/** A content page's file without its body: its frontmatter, or all of it if it has none. */
export function frontmatterOf(source: string): string {
  return frontmatterPattern.exec(source)?.[0] ?? source;
}

const sharedKeys = new Map<string, string>();

/** The stylesheets Next has built, by name: each is named by its content. */
function stylesheetNames(root: string): string[] {
  const staticDir = path.join(root, '.next', 'static');
  return existsSync(staticDir) ? listFiles(staticDir).filter((file) => file.endsWith('.css')).map((file) => path.relative(staticDir, file)) : [];
}

/**
 * One key for everything a kept page is made from except its own file.
 * Computed once per process: each of Next's page workers and the post-build
 * step make the same one, as none of its inputs change during a build.
 */
export function sharedInputsKey(root = process.cwd(), contentDir = path.resolve(root, process.env.CONTENT_DIR ?? 'content')): string {
  // Not kept under vitest, where tests change the files between calls.
  const memo = process.env.VITEST ? undefined : `${root}\0${contentDir}`;
  const known = memo && sharedKeys.get(memo);
  if (known) return known;
  const hash = createHash('sha256').update(`${FORMAT}\0`);
  for (const folder of codeFolders) hashTree(hash, path.join(root, folder), root, fileBytes, (file) => !isTest(file));
  for (const file of codeFiles) {
    const full = path.join(root, file);
    if (existsSync(full)) hash.update(`${file}\0`).update(fileBytes(full)).update('\0');
  }
  hash.update('content\0');
  // Not the list of published addresses: no page shows it, and every build that publishes a page adds to it.
  const frontmatterOrBytes = (file: string) => (file.endsWith('.mdx') ? frontmatterOf(readFileSync(file, 'utf8')) : fileBytes(file));
  hashTree(hash, contentDir, contentDir, frontmatterOrBytes, (file) => path.basename(file) !== 'published-urls.txt');
  // public/ holds the video: names and sizes are enough, as pages only point at its files.
  hashTree(hash, path.join(root, 'public'), root, fileSize);
  // The stylesheet every page links to is named by its content (Tailwind reads content/, so a word in a page may change it).
  hash.update(`stylesheets\0${stylesheetNames(root).join('\0')}\0`);
  // Which services the directory shows depends on the day. No content page shows the date, but a build for
  // another day makes them again too, in case one starts to.
  hash.update(`day\0${londonDate(buildNow())}\0`);
  for (const name of environment) hash.update(`${name}=${process.env[name] ?? ''}\0`);
  const key = hash.digest('hex').slice(0, 32);
  if (memo) sharedKeys.set(memo, key);
  return key;
}

/**
 * A page that may be kept: its address, and the file and text it is made
 * from besides the shared inputs. A directory page has no file of its own
 * (its services, areas and the day are all shared inputs): its route's file
 * and no text.
 */
export type PageSource = { path: string; file: string; source: string };

/** What one finished page is made from, besides the shared inputs. */
export function finishedPageKey(page: PageSource): string {
  return createHash('sha256').update(`${page.path}\0${page.file}\0${page.source}`).digest('hex').slice(0, 32);
}

/** Where finished pages are kept; tests point it elsewhere. */
export function finishedPagesDir(root = process.cwd()): string {
  return path.join(root, '.cache', 'finished-pages');
}

/**
 * How many sets of shared inputs to keep pages for. More than one, because
 * `npm test` builds a fixture site and then the real one in the same folder,
 * and neither should throw the other's pages away.
 */
const KEPT_SETS = 3;

const keptFile = (dir: string, shared: string, page: PageSource) => path.join(dir, shared, `${finishedPageKey(page)}.html`);

/**
 * The pages Next must render: those with no finished copy. Only in a
 * production build (`next build`); `npm run dev` renders every page.
 * Always at least one, as Next refuses to export a route with no pages.
 * Records the key it chose by, for the post-build step.
 */
export function pagesToRender<T extends PageSource>(pages: T[], options: { root?: string; dir?: string; production?: boolean } = {}): T[] {
  const production = options.production ?? process.env.NEXT_PHASE === 'phase-production-build';
  if (!production || pages.length === 0) return pages;
  // Next builds the stylesheet before it asks for pages. Should it ever not,
  // the key could not tell one stylesheet from another: render every page.
  if (stylesheetNames(options.root ?? process.cwd()).length === 0) return pages;
  const shared = sharedInputsKey(options.root);
  writeFileAtomically(recordedKeyFile(options.root), shared);
  const dir = options.dir ?? finishedPagesDir(options.root);
  const missing = pages.filter((page) => !existsSync(keptFile(dir, shared, page)));
  return missing.length ? missing : pages.slice(0, 1);
}

/**
 * The shared key `next build` chose its pages by, for the post-build step
 * to use: a build that runs past midnight would otherwise make another key
 * there. In .next/, which `next build` empties when it starts.
 */
function recordedKeyFile(root = process.cwd()): string {
  return path.join(root, '.next', 'finished-pages-key');
}

function recordedKey(root?: string): string | undefined {
  try {
    return readFileSync(recordedKeyFile(root), 'utf8');
  } catch {
    return undefined;
  }
}

export type FinishedPagesReport = { rendered: number; reused: number };

/**
 * After the post-build step has finished the pages Next rendered: keeps a
 * copy of each, and puts the kept copy of every page Next did not render
 * into the export. Fails, naming them, if a page is in neither place.
 * Of the pages kept for these shared inputs, only this build's stay; of the
 * other sets, the most recently used.
 */
export function keepFinishedPages(pages: PageSource[], outDir: string, options: { root?: string; dir?: string } = {}): FinishedPagesReport {
  const shared = recordedKey(options.root) ?? sharedInputsKey(options.root);
  const dir = options.dir ?? finishedPagesDir(options.root);
  const setDir = path.join(dir, shared);
  mkdirSync(setDir, { recursive: true });
  const used = new Set<string>();
  const lost: string[] = [];
  const report: FinishedPagesReport = { rendered: 0, reused: 0 };
  for (const page of pages) {
    const kept = keptFile(dir, shared, page);
    const target = path.join(outDir, ...pageFile(page.path).split('/'));
    used.add(path.basename(kept));
    if (existsSync(target)) {
      // A copy, not a link: the export is the build's to change, the kept copy is not.
      writeFileAtomically(kept, readFileSync(target));
      report.rendered++;
    } else if (existsSync(kept)) {
      mkdirSync(path.dirname(target), { recursive: true });
      // A copy too, not a link: a later step that changed pages in place would change the kept page with them.
      copyFileSync(kept, target);
      report.reused++;
    } else {
      lost.push(`${page.path} (${page.file})`);
    }
  }
  for (const name of readdirSync(setDir)) if (!used.has(name)) rmSync(path.join(setDir, name), { force: true });
  const now = new Date();
  utimesSync(setDir, now, now);
  const others = readdirSync(dir)
    .filter((name) => name !== shared)
    .map((name) => ({ name, used: statSync(path.join(dir, name)).mtimeMs }))
    .sort((a, b) => b.used - a.used);
  for (const { name } of others.slice(KEPT_SETS - 1)) rmSync(path.join(dir, name), { recursive: true, force: true });
  if (lost.length) {
    throw new Error(
      `Post-build check failed: ${lost.length} page(s) neither rendered by Next nor kept from an earlier build:\n${lost.join('\n')}\n` +
        'Delete .cache/finished-pages and build again.',
    );
  }
  return report;
}
