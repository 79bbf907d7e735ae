import type { Problem } from '../problems/content-error';

/**
 * Files under content/ that the site does not read. An editor who saves a
 * page as `extra.mdx`, `index.md` or `Index.mdx`, or puts a session file one
 * folder too high, would otherwise see no page and no error, and think it is
 * published. Each is an error naming the file and what the editor probably
 * meant. Pure: the gateway lists the files and passes a reader for sniffing
 * what a stray YAML file is.
 */

/** Folders whose files are data, not pages, relative to content/. */
export const COLLECTION_FOLDERS = {
  sessions: 'whats-on/sessions',
  videos: 'videos',
  services: 'local-support/services',
} as const;

type Input = {
  /** Every file under content/, relative to it, with "/" (dotfiles already left out). */
  files: string[];
  /** How content/ is written in messages, e.g. "content" or "tests/fixtures/site". */
  contentPrefix: string;
  /** Files the gateway reads that no pattern here knows (a transcript named in video.yaml). */
  alsoRead?: ReadonlySet<string>;
  /** The text of a file, to guess what a stray YAML file is meant to be. */
  read?: (file: string) => string | undefined;
};

const sessionFile = /^whats-on\/sessions\/[^/]+\.ya?ml$/;
const videoFile = /^videos\/[^/]+\/(video|script)\.yaml$/;
const serviceFile = /^local-support\/services\/[^/]+\.ya?ml$/;
const pageFile = /(^|\/)index\.mdx$/;

/** Whether the site reads this file (relative to content/). */
export function isReadByTheSite(file: string, alsoRead: ReadonlySet<string> = new Set()): boolean {
  return (
    file === 'site.yaml' ||
    file === 'published-urls.txt' ||
    pageFile.test(file) ||
    sessionFile.test(file) ||
    videoFile.test(file) ||
    serviceFile.test(file) ||
    alsoRead.has(file)
  );
}

const dirname = (file: string) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');
const basename = (file: string) => file.slice(file.lastIndexOf('/') + 1);
const join = (...parts: string[]) => parts.filter(Boolean).join('/');
const kebab = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** Edit distance, for "did you mean" on folder names (small strings only). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** A collection folder the editor probably meant, for a folder that is not one. */
function nearCollection(folder: string): string | undefined {
  const lower = folder.toLowerCase();
  for (const known of Object.values(COLLECTION_FOLDERS)) {
    if (lower === known && folder !== known) return known;
    if (lower !== known && distance(lower, known) <= 2) return known;
  }
  return undefined;
}

/** What a YAML file looks like it is, from its fields. */
function yamlKind(text: string | undefined): keyof typeof COLLECTION_FOLDERS | 'settings' | undefined {
  if (!text) return undefined;
  const has = (field: string) => new RegExp(`^${field}:`, 'm').test(text);
  if (has('occurrences')) return 'sessions';
  if (has('transcript') || (has('source') && has('uploadDate'))) return 'videos';
  if (has('needs') || has('howToGet') || has('nextCheck')) return 'services';
  if (has('footerLinks') || has('organisation')) return 'settings';
  return undefined;
}

const IMAGE_OR_DOCUMENT = /\.(jpe?g|png|gif|svg|webp|avif|pdf|docx?|mp4|webm|vtt)$/i;

function guess(file: string, input: Input): { message: string; fix: string; expected?: string } {
  const where = (relative: string) => join(input.contentPrefix, relative);
  const dir = dirname(file);
  const name = basename(file);
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.')).toLowerCase() : '';
  const stem = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name;

  const videoFolder = /^videos\/([^/]+)\//.exec(file);
  if (videoFolder) {
    const id = videoFolder[1]!;
    return {
      message: `The site reads a video folder only through its video.yaml (and the transcript it names), so this file is not used.`,
      fix: `If this is the transcript, name it in ${where(`videos/${id}/video.yaml`)} as "transcript: ${name}". If the folder has no video.yaml yet, add one (see docs/video.md).`,
    };
  }
  if (dir === COLLECTION_FOLDERS.sessions || dir === COLLECTION_FOLDERS.services) {
    return {
      message: `Only YAML files ending in ".yaml" are read in ${where(dir)}/, so this file is not used.`,
      expected: where(join(dir, `${kebab(stem)}.yaml`)),
      fix: `If it describes ${dir === COLLECTION_FOLDERS.sessions ? 'a session' : 'a service'}, rename it to ${kebab(stem)}.yaml; otherwise move it out of content/.`,
    };
  }
  if (name.toLowerCase() === 'index.mdx' || name.toLowerCase() === 'index.md' || name.toLowerCase() === 'index.markdown') {
    const address = `/${dir}`;
    return {
      message: `The site only reads pages named "index.mdx" (all lower case), so this file is not published${extension === '.mdx' ? '' : `: pages must end in ".mdx"`}.`,
      expected: 'index.mdx',
      fix: `Rename the file to ${where(join(dir, 'index.mdx'))}. Its address will be ${address === '/' ? '/' : address}.`,
    };
  }
  if (extension === '.mdx' || extension === '.md' || extension === '.markdown') {
    const slug = kebab(stem);
    const target = join(dir, slug, 'index.mdx');
    return {
      message: `The site only reads pages named "index.mdx", so this file is not published. Each page is a folder with an index.mdx in it; the folder's path is the page's address.`,
      expected: where(target),
      fix: `If this is a new page, move it to ${where(target)} (its address will be /${join(dir, slug)}). If it is a draft or notes, keep it outside content/.`,
    };
  }
  if (extension === '.yaml' || extension === '.yml') {
    const kind = yamlKind(input.read?.(file));
    if (kind === 'settings') {
      return {
        message: 'This looks like the site settings, but the site reads them only from site.yaml at the top of content/.',
        fix: `Put the settings in ${where('site.yaml')}, and delete this file.`,
      };
    }
    if (kind === 'videos') {
      const id = kebab(dir.split('/').pop() || stem);
      return {
        message: 'This looks like a video file, but videos are read only from videos/<id>/video.yaml.',
        expected: where(join('videos', id, 'video.yaml')),
        fix: `Move it to ${where(join('videos', id, 'video.yaml'))} (see docs/video.md).`,
      };
    }
    if (kind) {
      const folder = COLLECTION_FOLDERS[kind];
      const what = kind === 'sessions' ? 'a session' : 'a local service';
      const target = join(folder, `${kebab(stem)}.yaml`);
      return {
        message: `This looks like ${what}, but the site reads them only from ${where(folder)}/.`,
        expected: where(target),
        fix: `Move it to ${where(target)}.`,
      };
    }
    return {
      message: `The site does not read YAML files here. It reads site.yaml, sessions in ${COLLECTION_FOLDERS.sessions}/, videos in ${COLLECTION_FOLDERS.videos}/<id>/video.yaml and services in ${COLLECTION_FOLDERS.services}/.`,
      fix: 'Move the file to the folder for what it describes, or delete it if nothing needs it.',
    };
  }
  if (IMAGE_OR_DOCUMENT.test(name)) {
    const target = join('public', dir, name);
    return {
      message: 'Images, documents and media are not read from content/, so nothing can show or link to this file.',
      expected: target,
      fix: `Move it to ${target}, and link to it as /${join(dir, name)}.`,
    };
  }
  return {
    message: 'The site does not read this file, so nothing in it is published.',
    fix: 'Move it out of content/, or delete it. Pages are index.mdx files (see docs/editing-pages.md).',
  };
}

export function strayFileProblems(input: Input): Problem[] {
  const alsoRead = input.alsoRead ?? new Set<string>();
  const stray = input.files.filter((file) => !isReadByTheSite(file, alsoRead)).sort();
  const problems: Problem[] = [];
  const reportedFolders = new Set<string>();
  for (const file of stray) {
    // A misspelt collection folder ("whats-on/session") is one problem for the folder.
    const folders = dirname(file).split('/').map((_, index, parts) => parts.slice(0, index + 1).join('/'));
    const misspelt = folders.find((folder) => folder && nearCollection(folder));
    if (misspelt) {
      if (!reportedFolders.has(misspelt)) {
        reportedFolders.add(misspelt);
        const meant = nearCollection(misspelt)!;
        problems.push({
          file: join(input.contentPrefix, misspelt),
          message: `The folder "${misspelt}" is not one the site reads, so nothing in it is published. Did you mean "${meant}"?`,
          expected: join(input.contentPrefix, meant),
          found: join(input.contentPrefix, misspelt),
          fix: `Move the files in it to ${join(input.contentPrefix, meant)}/.`,
        });
      }
      continue;
    }
    const { message, fix, expected } = guess(file, input);
    problems.push({ file: join(input.contentPrefix, file), message, expected, found: join(input.contentPrefix, file), fix });
  }
  return problems;
}
