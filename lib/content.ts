import 'server-only';
import type { Root } from 'mdast';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { strayFileProblems } from './checks/stray-files';
import { ContentError, type Problem } from './content-error';
import { listFiles } from './files';
import { analyseMdx, type GlossaryEntry, type Heading, type Link, type Section } from './mdx/analyse';
import { compileMdx } from './mdx/compile';
import { pageFrontmatterSchema, type PageFrontmatter } from './schemas/page';
import { siteSettingsSchema, type SiteSettings } from './schemas/site';
import type { SearchDoc } from './search/index-builder';
import { validateSchedule, type Category, type Session } from './schedule';
import { parseVideo, type Video } from './video/parse';
import { readYaml, zodProblems } from './yaml-source';

/**
 * The content gateway: the only module that reads content/. Everything is
 * read and validated once per process; invalid content throws a ContentError
 * listing every problem, so the build stops with messages an editor can act on.
 */

export type Page = {
  /** URL path, e.g. "/personalised-care/treatment-summary"; "/" for the home page. */
  path: string;
  /** Path segments, [] for the home page. */
  slug: string[];
  /** File relative to the project root, for messages. */
  file: string;
  frontmatter: PageFrontmatter;
  /** Line of the frontmatter field, for messages about it. */
  lineOf: (field: string) => number | undefined;
  source: string;
  headings: Heading[];
  links: Link[];
  anchors: string[];
  text: string;
  intro: string;
  sections: Section[];
  terms: GlossaryEntry[];
  videoIds: string[];
  /** The parsed MDX, for the editors' checks (lib/check-site.ts). */
  tree: Root;
};

export type Content = {
  pages: Page[];
  settings: SiteSettings | undefined;
  /** Line of a setting in site.yaml ("contact.phone"), for messages about it. */
  settingsLineOf: (field: string) => number | undefined;
  videos: Map<string, Video>;
  sessions: Session[];
  problems: Problem[];
};

export type NavItem = { label: string; href: string };

const projectRoot = process.cwd();

/** Tests and fixture builds point this at another folder. */
export function contentDir(): string {
  return path.resolve(projectRoot, process.env.CONTENT_DIR ?? 'content');
}

function relative(file: string): string {
  return path.relative(projectRoot, file).split(path.sep).join('/');
}

function findPageFiles(dir: string, slug: string[] = []): Array<{ file: string; slug: string[] }> {
  const found: Array<{ file: string; slug: string[] }> = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      found.push(...findPageFiles(full, [...slug, name]));
    } else if (name === 'index.mdx') {
      found.push({ file: full, slug });
    }
  }
  return found;
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/;

export function readPage(file: string, slug: string[], source: string): { page?: Page; problems: Problem[] } {
  const name = relative(file);
  const problems: Problem[] = [];
  const badSegment = slug.find((segment) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(segment));
  if (badSegment !== undefined) {
    problems.push({
      file: name,
      message: `The folder name "${badSegment}" cannot be part of a web address.`,
      fix: 'Name folders with lower-case letters, numbers and hyphens only, such as "treatment-summary".',
    });
  }
  const match = frontmatterPattern.exec(source);
  if (!match) {
    problems.push({
      file: name,
      line: 1,
      message: 'The page has no frontmatter.',
      fix: 'Start the file with a line "---", then title, description and the other fields, then another "---". See docs/editing-pages.md.',
    });
    return { problems };
  }
  // Frontmatter starts on line 2, after the opening "---".
  const yaml = readYaml(match[1]!, name, 1);
  problems.push(...yaml.problems);
  const analysis = analyseMdx(source, name);
  problems.push(...analysis.problems);
  if (yaml.problems.length) return { problems };

  const parsed = pageFrontmatterSchema.safeParse(yaml.data);
  if (!parsed.success) {
    problems.push(...zodProblems(parsed.error, yaml));
    return { problems };
  }
  const page: Page = {
    path: `/${slug.join('/')}`,
    slug,
    file: name,
    frontmatter: parsed.data,
    lineOf: (field) => yaml.lineOf([field]),
    source,
    headings: analysis.headings,
    links: analysis.links,
    anchors: analysis.anchors,
    text: analysis.text,
    intro: analysis.intro,
    sections: analysis.sections,
    terms: analysis.terms,
    videoIds: analysis.videoIds,
    tree: analysis.tree,
  };
  return { page, problems };
}

function readSettings(dir: string): { settings?: SiteSettings; lineOf?: (field: string) => number | undefined; problems: Problem[] } {
  const file = path.join(dir, 'site.yaml');
  if (!existsSync(file)) {
    return {
      problems: [{ file: relative(file), message: 'The site settings file is missing.', fix: 'Restore content/site.yaml from the repository history.' }],
    };
  }
  const yaml = readYaml(readFileSync(file, 'utf8'), relative(file));
  if (yaml.problems.length) return { problems: yaml.problems };
  const parsed = siteSettingsSchema.safeParse(yaml.data);
  return parsed.success
    ? { settings: parsed.data, lineOf: (field) => yaml.lineOf(field.split('.')), problems: [] }
    : { problems: zodProblems(parsed.error, yaml) };
}

function readOptional(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** content/videos/<id>/video.yaml, with the transcript and captions files it names. */
function readVideos(dir: string): { videos: Map<string, Video>; problems: Problem[] } {
  const videos = new Map<string, Video>();
  const problems: Problem[] = [];
  const videosDir = path.join(dir, 'videos');
  if (!existsSync(videosDir)) return { videos, problems };
  const publicDir = path.join(projectRoot, 'public');
  for (const id of readdirSync(videosDir).sort()) {
    const file = path.join(videosDir, id, 'video.yaml');
    if (!existsSync(file)) continue;
    const yamlText = readFileSync(file, 'utf8');
    // The file names which other files to read; parseVideo checks them all.
    const named = readYaml(yamlText, relative(file)).data as
      | { transcript?: unknown; source?: { captions?: unknown } }
      | undefined;
    const transcript = typeof named?.transcript === 'string' ? named.transcript : undefined;
    const captions = typeof named?.source?.captions === 'string' ? named.source.captions : undefined;
    const result = parseVideo({
      file: relative(file),
      yamlText,
      transcriptText: transcript ? readOptional(path.join(videosDir, id, transcript)) : undefined,
      captionsText: captions ? readOptional(path.join(publicDir, captions)) : undefined,
      publicFileExists: (publicPath) => existsSync(path.join(publicDir, publicPath)),
    });
    problems.push(...result.problems);
    if (result.video) videos.set(id, result.video);
  }
  return { videos, problems };
}

function readSchedule(dir: string): { sessions: Session[]; problems: Problem[] } {
  const sessionsDir = path.join(dir, 'whats-on', 'sessions');
  if (!existsSync(sessionsDir)) return { sessions: [], problems: [] };
  const files = readdirSync(sessionsDir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({ file: relative(path.join(sessionsDir, name)), text: readFileSync(path.join(sessionsDir, name), 'utf8') }));
  return validateSchedule(files);
}

/** Every <Video id="…" /> names a video that exists. */
function videoUseProblems(pages: Page[], videos: Map<string, Video>): Problem[] {
  return pages.flatMap((page) =>
    page.videoIds
      .filter((id) => !videos.has(id))
      .map((id) => ({
        file: page.file,
        message: `<Video id="${id}" /> names a video that does not exist.`,
        expected: videos.size ? [...videos.keys()].join(', ') : 'a folder in content/videos/',
        found: id,
        fix: `Check the spelling, or add content/videos/${id}/video.yaml (see docs/video.md).`,
      })),
  );
}

/** Checks that need every page at once. */
function crossPageProblems(pages: Page[]): Problem[] {
  const problems: Problem[] = [];
  const byTitle = new Map<string, Page>();
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const redirects = new Map<string, Page>();
  for (const page of pages) {
    const title = page.frontmatter.title.toLowerCase();
    const other = byTitle.get(title);
    if (other) {
      problems.push({
        file: page.file,
        line: page.lineOf('title'),
        field: 'title',
        message: `Two pages have the title "${page.frontmatter.title}": this one and ${other.file}.`,
        fix: 'Give each page a title that says how it differs, so people can tell them apart in search results and browser tabs.',
      });
    }
    byTitle.set(title, page);
    for (const from of page.frontmatter.redirectFrom ?? []) {
      const clash = byPath.get(from) ?? redirects.get(from);
      if (clash) {
        problems.push({
          file: page.file,
          line: page.lineOf('redirectFrom'),
          field: 'redirectFrom',
          message: `The old address ${from} is also ${clash.path === from ? `the address of ${clash.file}` : `listed in redirectFrom of ${clash.file}`}.`,
          fix: 'An old address can send people to one page only. Remove it from one of the two.',
        });
      }
      redirects.set(from, page);
    }
  }
  return problems;
}

/**
 * Files under content/ the site does not read (lib/checks/stray-files.ts),
 * so that an editor's `extra.mdx` or `Index.mdx` is an error, not silently
 * ignored. Dotfiles (.gitkeep) are not content.
 */
function strayProblems(dir: string): Problem[] {
  const toContent = (file: string) => path.relative(dir, file).split(path.sep).join('/');
  const files = listFiles(dir)
    .map(toContent)
    .filter((file) => !file.split('/').some((part) => part.startsWith('.')));
  // A video's transcript is read because its video.yaml names it.
  const transcripts = new Set<string>();
  for (const file of files.filter((name) => /^videos\/[^/]+\/video\.yaml$/.test(name))) {
    const named = /^transcript:\s*["']?([^"'\n]+?)["']?\s*$/m.exec(readFileSync(path.join(dir, file), 'utf8'));
    if (named) transcripts.add(`${path.posix.dirname(file)}/${named[1]}`);
  }
  return strayFileProblems({
    files,
    contentPrefix: relative(dir),
    alsoRead: transcripts,
    read: (file) => readFileSync(path.join(dir, file), 'utf8'),
  });
}

let cached: Content | undefined;

/** Reads and validates all of content/. Never throws: problems are returned. */
export function loadContent(): Content {
  if (cached) return cached;
  const dir = contentDir();
  const problems: Problem[] = [];
  const pages: Page[] = [];
  for (const { file, slug } of findPageFiles(dir)) {
    const result = readPage(file, slug, readFileSync(file, 'utf8'));
    problems.push(...result.problems);
    if (result.page) pages.push(result.page);
  }
  const settings = readSettings(dir);
  const videos = readVideos(dir);
  const schedule = readSchedule(dir);
  problems.push(
    ...strayProblems(dir),
    ...settings.problems,
    ...videos.problems,
    ...schedule.problems,
    ...crossPageProblems(pages),
    ...videoUseProblems(pages, videos.videos),
  );
  cached = {
    pages,
    settings: settings.settings,
    settingsLineOf: settings.lineOf ?? (() => undefined),
    videos: videos.videos,
    sessions: schedule.sessions,
    problems,
  };
  return cached;
}

/** The validated content, or a ContentError listing every error. */
function validContent(): { pages: Page[]; settings: SiteSettings; videos: Map<string, Video>; sessions: Session[] } {
  const { pages, settings, videos, sessions, problems } = loadContent();
  const errors = problems.filter((problem) => problem.severity !== 'warning');
  if (errors.length || !settings) throw new ContentError(errors);
  return { pages, settings, videos, sessions };
}

/** The health and wellbeing sessions, from content/whats-on/sessions/<slug>.yaml. */
export function getSessions(): Session[] {
  return validContent().sessions;
}

export function getSession(slug: string): Session | null {
  return getSessions().find((session) => session.slug === slug) ?? null;
}

/** Where a session's page is. */
export function sessionPath(session: Pick<Session, 'slug'>): string {
  return `/whats-on/${session.slug}`;
}

export function getVideos(): ReadonlyMap<string, Video> {
  return validContent().videos;
}

export function getAllPages(): Page[] {
  return validContent().pages;
}

export function getPage(pathname: string): Page | null {
  return getAllPages().find((page) => page.path === pathname) ?? null;
}

export function getSiteSettings(): SiteSettings {
  return validContent().settings;
}

/** Pages that list themselves in the header menu, in their order. */
export function getNavigation(): NavItem[] {
  return getAllPages()
    .filter((page) => page.frontmatter.nav)
    .sort((a, b) => a.frontmatter.nav!.order - b.frontmatter.nav!.order)
    .map((page) => ({
      label: page.frontmatter.nav!.label ?? page.frontmatter.shortTitle ?? page.frontmatter.title,
      href: page.path,
    }));
}

/** The pages one level below a page, for "In this section" lists. */
export function getChildPages(parent: Page): Page[] {
  return getAllPages()
    .filter(
      (page) =>
        page.slug.length === parent.slug.length + 1 &&
        parent.slug.every((segment, index) => page.slug[index] === segment),
    )
    .sort(
      (a, b) =>
        (a.frontmatter.order ?? 100) - (b.frontmatter.order ?? 100) ||
        a.frontmatter.title.localeCompare(b.frontmatter.title),
    );
}

/** The chain of pages from the home page down to (not including) this one. */
export function getBreadcrumbs(page: Page): Page[] {
  const crumbs: Page[] = [];
  for (let depth = 0; depth < page.slug.length; depth++) {
    const ancestor = getPage(`/${page.slug.slice(0, depth).join('/')}`.replace(/^\/$/, '/'));
    if (ancestor) crumbs.push(ancestor);
  }
  return crumbs;
}

export function compilePage(page: Page): Promise<string> {
  return compileMdx(page.source, path.join(projectRoot, '.cache', 'mdx'));
}

/** Redirects from pages' old addresses, and pages that may embed YouTube, for the server configuration. */
export function getServerConfigInput(): { redirects: Array<{ from: string; to: string }>; youtubePaths: string[] } {
  const pages = getAllPages();
  const videos = getVideos();
  return {
    redirects: pages
      .flatMap((page) => (page.frontmatter.redirectFrom ?? []).map((from) => ({ from, to: page.path })))
      .sort((a, b) => a.from.localeCompare(b.from)),
    youtubePaths: pages
      .filter((page) => page.videoIds.some((id) => videos.get(id)?.source.type === 'youtube'))
      .map((page) => page.path),
  };
}


/** What the search index is built from: each page, and each of its sections. */
export function getSearchDocuments(): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const page of getAllPages()) {
    if (page.frontmatter.noindex) continue;
    const { title, description } = page.frontmatter;
    docs.push({
      id: page.path,
      url: page.path,
      title,
      description,
      headings: page.headings.map((heading) => heading.text),
      // Each section is its own document; the page keeps its introduction,
      // so a long page does not outrank its own sections (and the index stays small).
      text: page.intro,
      kind: 'page',
    });
    for (const section of page.sections) {
      docs.push({
        id: `${page.path}#${section.id}`,
        url: `${page.path}#${section.id}`,
        title: `${section.heading} (${title})`,
        description: '',
        headings: [],
        text: section.text,
        kind: 'section',
      });
    }
    for (const entry of page.terms) {
      docs.push({
        id: `${page.path}#${entry.id}`,
        url: `${page.path}#${entry.id}`,
        title: entry.term,
        description: '',
        headings: [],
        text: entry.text,
        kind: 'glossary',
      });
    }
  }
  for (const session of getSessions()) {
    docs.push({
      id: sessionPath(session),
      url: sessionPath(session),
      title: session.title,
      description: session.summary,
      headings: session.topics ?? [],
      text: `${session.description} ${session.audience}`,
      kind: 'session',
    });
  }
  return docs;
}

/** Every topic for the A to Z on /search: pages and glossary terms, sorted. */
export function getAtoZ(): Array<{ label: string; href: string; kind: 'page' | 'glossary' }> {
  return getAllPages()
    .filter((page) => !page.frontmatter.noindex)
    .flatMap((page) => [
      { label: page.frontmatter.title, href: page.path, kind: 'page' as const },
      ...page.terms.map((entry) => ({ label: entry.term, href: `${page.path}#${entry.id}`, kind: 'glossary' as const })),
    ])
    .sort((a, b) => a.label.localeCompare(b.label, 'en-GB', { sensitivity: 'base' }));
}

/** Every address a search engine should know, with when its content last changed. */
export function getSitemapPaths(): Array<{ path: string; lastModified: string }> {
  const pages = getAllPages()
    .filter((page) => !page.frontmatter.noindex)
    .map((page) => ({ path: page.path, lastModified: page.frontmatter.lastReviewed }));
  const whatsOn = pages.find((page) => page.path === '/whats-on')?.lastModified ?? '';
  return [
    ...pages,
    ...getSessions().map((session) => ({ path: sessionPath(session), lastModified: session.lastReviewed })),
    ...getCategoryPaths().map((path) => ({ path, lastModified: whatsOn })),
    { path: '/search', lastModified: pages[0]?.lastModified ?? '' },
  ];
}

/** The committed list of every address the site has ever published (lib/site-checks.ts). */
export function publishedUrlsFile(): string {
  return path.join(contentDir(), 'published-urls.txt');
}

/**
 * Every address the site serves: pages (with the #anchors each offers) and
 * generated files, for the link checks.
 */
export function getRoutes(): { pages: Array<{ path: string; anchors?: string[] }>; files: string[] } {
  const pages = getAllPages().map((page) => ({ path: page.path, anchors: page.anchors }));
  const sessions = getSessions().map((session) => ({ path: sessionPath(session), anchors: undefined }));
  const categories = getCategoryPaths().map((path) => ({ path, anchors: undefined }));
  return {
    pages: [...pages, ...sessions, ...categories, { path: '/search', anchors: undefined }].filter(
      (route, index, all) => all.findIndex((other) => other.path === route.path) === index,
    ),
    files: [...[...getVideos().keys()].map((id) => `/transcripts/${id}.txt`), '/whats-on/calendar.ics'],
  };
}

/** The categories that have sessions, sorted. */
export function getCategories(): Category[] {
  return [...new Set(getSessions().map((session) => session.category))].sort();
}

/** "Browse by category" pages, one for each category that has sessions. */
export function getCategoryPaths(): string[] {
  return getCategories().map((category) => `/whats-on/category/${category}`);
}
