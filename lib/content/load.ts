import 'server-only';
import type { Root } from 'mdast';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ContentError, type Problem } from '../problems/content-error';
import { analyseMdx, type GlossaryEntry, type Heading, type Link, type Section } from '../mdx/analyse';
import { pageFrontmatterSchema, type PageFrontmatter } from '../schemas/page';
import { siteSettingsSchema, type SiteSettings } from '../schemas/site';
import { validateServices, type Area, type Service } from '../local-support';
import { validateSchedule, type Session } from '../schedule';
import { parseVideo, type Video } from '../video/parse';
import { readYaml, zodProblems } from '../problems/yaml-source';
import { pagePath } from '../urls';
import { strayFileProblems } from '../checks/stray-files';
import { listFiles } from '../build/files';
import { frontmatterPattern } from './frontmatter';
import { contentCacheDir, contentKey, fromStored, pageResultCache, readContentCache, toStored, writeContentCache, type StoredPage } from './cache';

/**
 * Reading and validating: the only code that reads content/. Everything is
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
  /** The parsed MDX, for the editors' checks (lib/checks/check-site.ts). */
  tree: Root;
};

export type Content = {
  pages: Page[];
  settings: SiteSettings | undefined;
  /** Line of a setting in site.yaml ("contact.phone"), for messages about it. */
  settingsLineOf: (field: string) => number | undefined;
  videos: Map<string, Video>;
  sessions: Session[];
  /** The local support directory, every service (hidden ones too: see getServices). */
  services: Service[];
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
    path: pagePath(slug),
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

/** content/local-support/services/<slug>.yaml: the local support directory (lib/local-support/). */
function readServices(dir: string, areas: readonly Area[]): { services: Service[]; problems: Problem[] } {
  const servicesDir = path.join(dir, 'local-support', 'services');
  if (!existsSync(servicesDir)) return { services: [], problems: [] };
  const files = readdirSync(servicesDir)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => ({ file: relative(path.join(servicesDir, name)), text: readFileSync(path.join(servicesDir, name), 'utf8') }));
  return validateServices(files, areas);
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
  // One build runs the content check, a page worker per core and the
  // post-build step: the first to load the content stores it and the rest
  // read it back (cache.ts). Keyed by every file it depends on, so changed
  // content is always read and checked again. Tests always read content/.
  const useCache = !process.env.VITEST;
  const key = useCache ? contentKey(dir) : '';
  const parseTree = (source: string, file: string) => analyseMdx(source, file).tree;
  if (useCache) {
    cached = readContentCache(key, contentCacheDir(), parseTree);
    if (cached) return cached;
  }
  const problems: Problem[] = [];
  const pages: Page[] = [];
  // Each page's reading is kept by its file and text (and our code), so an
  // editor's change to one page re-reads that page, not all of them. Every
  // check across pages below still runs on every page.
  const pageReads = pageResultCache<{ page?: StoredPage; problems: Problem[] }>('page-reads');
  for (const { file, slug } of findPageFiles(dir)) {
    const source = readFileSync(file, 'utf8');
    let fresh: Page | undefined;
    const result = pageReads.get(file, source, () => {
      const read = readPage(file, slug, source);
      fresh = read.page;
      return { page: read.page && toStored(read.page), problems: read.problems };
    });
    problems.push(...result.problems);
    if (fresh) pages.push(fresh);
    else if (result.page) pages.push(fromStored(result.page, parseTree));
  }
  pageReads.save();
  const settings = readSettings(dir);
  const videos = readVideos(dir);
  const schedule = readSchedule(dir);
  const services = readServices(dir, settings.settings?.areas ?? []);
  problems.push(
    ...strayProblems(dir),
    ...settings.problems,
    ...videos.problems,
    ...schedule.problems,
    ...services.problems,
    ...crossPageProblems(pages),
    ...videoUseProblems(pages, videos.videos),
  );
  cached = {
    pages,
    settings: settings.settings,
    settingsLineOf: settings.lineOf ?? (() => undefined),
    videos: videos.videos,
    sessions: schedule.sessions,
    services: services.services,
    problems,
  };
  if (useCache) writeContentCache(key, contentCacheDir(), cached);
  return cached;
}

/** The validated content, or a ContentError listing every error. */
export function validContent(): {
  pages: Page[];
  settings: SiteSettings;
  videos: Map<string, Video>;
  sessions: Session[];
  services: Service[];
} {
  const { pages, settings, videos, sessions, services, problems } = loadContent();
  const errors = problems.filter((problem) => problem.severity !== 'warning');
  if (errors.length || !settings) throw new ContentError(errors);
  return { pages, settings, videos, sessions, services };
}

/** Where the project is: pages' file names and the MDX cache are relative to it. */
export { projectRoot };

/** The committed list of every address the site has ever published (lib/checks/links.ts). */
export function publishedUrlsFile(): string {
  return path.join(contentDir(), 'published-urls.txt');
}
