import MiniSearch from 'minisearch';
import { miniSearchOptions, type IndexedDoc, type SearchKind } from './options';

/**
 * Builds the site search index at build time. Pure: it is handed documents
 * and returns JSON, so it can run in a route handler, a script or a test.
 */

export type SearchDoc = {
  /** The caller's key. Not shipped: the url is the index's key, as it is unique and every result needs it. */
  id: string;
  /** Site path, with `#anchor` for a section, e.g. `/find-support#fatigue`. */
  url: string;
  title: string;
  description: string;
  headings: string[];
  text: string;
  kind: SearchKind;
};

/** Thrown when documents cannot make a working index; lists every problem at once. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`The search index cannot be built:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.problems = problems;
  }
}

/** Long enough for a sentence or two under the title; the rest stays on the page. */
export const snippetLength = 160;

export function buildSearchIndex(docs: SearchDoc[]): { json: string; bytes: number } {
  const problems = findProblems(docs);
  if (problems.length > 0) throw new SearchIndexError(problems);

  const index = new MiniSearch<IndexedDoc>(miniSearchOptions);
  index.addAll(docs.map(toIndexedDoc));
  const json = JSON.stringify(index);
  return { json, bytes: new TextEncoder().encode(json).byteLength };
}

function toIndexedDoc(doc: SearchDoc): IndexedDoc {
  return {
    url: doc.url,
    title: doc.title,
    headings: doc.headings.join('\n'),
    description: doc.description,
    text: doc.text,
    snippet: snippet(doc.description.trim() || doc.text),
    kind: doc.kind,
  };
}

/** Whitespace collapsed and cut at a word boundary, with an ellipsis when cut. */
export function snippet(text: string, length = snippetLength): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  // One character more than fits, so a word ending exactly at the limit is kept whole.
  const cut = flat.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  const kept = lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut.slice(0, length - 1);
  return `${kept.replace(/[\s,;:.–—-]+$/, '')}…`;
}

function findProblems(docs: SearchDoc[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const doc of docs) {
    const name = `"${doc.id}"`;
    if (!doc.title.trim()) problems.push(`${name} has no title, so its result would be a blank link.`);
    if (!doc.url.startsWith('/') || doc.url.startsWith('//')) {
      problems.push(`${name} has the url "${doc.url}"; expected a path on this site starting with "/".`);
    }
    const first = seen.get(doc.url);
    if (first !== undefined) {
      problems.push(`${name} has the same url as "${first}" (${doc.url}); each result needs its own address.`);
    } else {
      seen.set(doc.url, doc.id);
    }
  }
  return problems;
}
