import { fields, kindWeight, processTerm, tokenize, type SearchKind } from './options';
import {
  CHUNK_SIZE,
  FORMAT_VERSION,
  MAX_POSTINGS_PER_TERM,
  chunkFile,
  manifestFile,
  shardFile,
  type DocChunk,
  type Manifest,
  type TermShard,
} from './format';
import { shardKey } from './spelling';

/**
 * Builds the site search index at build time. Pure: it is handed documents
 * and returns the index as files (name → JSON), so it can run in a script
 * or a test.
 *
 * The index is split so that a search downloads only what it needs
 * (docs/performance.md): a small manifest; one shard per sound of a word's
 * first two letters (lib/search/spelling.ts), holding each word's documents
 * and precomputed scores; and the titles and snippets in chunks of
 * CHUNK_SIZE documents, fetched only for the results shown.
 */

export type SearchDoc = {
  /** The caller's key. Not shipped: the url is what every result needs. */
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

export type BuiltIndex = {
  /** File name (relative to the index folder) → contents. */
  files: Map<string, string>;
  /** All files together, uncompressed. */
  bytes: number;
  /** A hash of every file, for a folder name that changes when the index does. */
  version: string;
};

// BM25+, as MiniSearch (and Lucene) score: k saturates repeated words,
// b normalises for long fields, d gives any match a floor.
const bm25 = { k: 1.2, b: 0.7, d: 0.5 };

// A title match beats a heading, a heading beats the description, and a
// passing mention in the text counts least.
export const fieldBoost: Record<(typeof fields)[number], number> = { title: 4, headings: 2, description: 1.5, text: 1 };

function fieldText(doc: SearchDoc, field: (typeof fields)[number]): string {
  return field === 'headings' ? doc.headings.join('\n') : doc[field];
}

export function buildSearchIndex(docs: readonly SearchDoc[]): BuiltIndex {
  const problems = findProblems(docs);
  if (problems.length > 0) throw new SearchIndexError(problems);

  // Term frequencies per field, and field lengths, for BM25.
  const termFrequencies = docs.map(() => new Map<string, number[]>());
  const lengths = fields.map(() => 0);
  const fieldLengths = docs.map((doc, docId) =>
    fields.map((field, fieldIndex) => {
      const terms = tokenize(fieldText(doc, field)).flatMap((token) => processTerm(token) ?? []);
      for (const term of terms) {
        const counts = termFrequencies[docId]!.get(term) ?? fields.map(() => 0);
        counts[fieldIndex]!++;
        termFrequencies[docId]!.set(term, counts);
      }
      lengths[fieldIndex]! += terms.length;
      return terms.length;
    }),
  );
  const averageLength = lengths.map((total) => total / Math.max(docs.length, 1));
  // How many documents have the term in each field.
  const documentFrequency = new Map<string, number[]>();
  for (const frequencies of termFrequencies) {
    for (const [term, counts] of frequencies) {
      const df = documentFrequency.get(term) ?? fields.map(() => 0);
      counts.forEach((count, fieldIndex) => count > 0 && df[fieldIndex]!++);
      documentFrequency.set(term, df);
    }
  }

  // Each term's documents with their score for it, best first.
  const postings = new Map<string, Array<[docId: number, score: number]>>();
  let maxScore = 0;
  termFrequencies.forEach((frequencies, docId) => {
    const weight = kindWeight[docs[docId]!.kind] ?? 1;
    for (const [term, counts] of frequencies) {
      const df = documentFrequency.get(term)!;
      let score = 0;
      counts.forEach((tf, fieldIndex) => {
        if (tf === 0) return;
        const idf = Math.log(1 + (docs.length - df[fieldIndex]! + 0.5) / (df[fieldIndex]! + 0.5));
        const norm = 1 - bm25.b + (bm25.b * fieldLengths[docId]![fieldIndex]!) / averageLength[fieldIndex]!;
        score += fieldBoost[fields[fieldIndex]!] * idf * (bm25.d + (tf * (bm25.k + 1)) / (tf + bm25.k * norm));
      });
      score *= weight;
      maxScore = Math.max(maxScore, score);
      const list = postings.get(term) ?? [];
      list.push([docId, score]);
      postings.set(term, list);
    }
  });

  // Shards: for each term, its best documents only. A word on every page
  // ("cancer") would otherwise make its shard as big as the site; the pages
  // where it matters most are the ones a search for it should show.
  const shards = new Map<string, TermShard>();
  for (const [term, list] of [...postings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const best = list.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_POSTINGS_PER_TERM);
    best.sort((a, b) => a[0] - b[0]);
    // Doc ids as gaps from the previous one, scores as whole numbers 1–255: small JSON.
    const encoded: number[] = [];
    let previous = 0;
    for (const [docId, score] of best) {
      encoded.push(docId - previous, Math.max(1, Math.round((score / maxScore) * 255)));
      previous = docId;
    }
    const key = shardKey(term);
    const shard = shards.get(key) ?? {};
    shard[term] = encoded;
    shards.set(key, shard);
  }

  const files = new Map<string, string>();
  for (const [key, shard] of shards) files.set(shardFile(key), JSON.stringify(shard));
  const chunks = Math.ceil(docs.length / CHUNK_SIZE);
  for (let chunk = 0; chunk < chunks; chunk++) {
    const entries: DocChunk = docs
      .slice(chunk * CHUNK_SIZE, (chunk + 1) * CHUNK_SIZE)
      .map((doc) => [doc.url, doc.title, snippet(doc.description.trim() || doc.text), doc.kind]);
    files.set(chunkFile(chunk), JSON.stringify(entries));
  }
  const manifest: Manifest = { format: FORMAT_VERSION, documents: docs.length, chunkSize: CHUNK_SIZE, shards: [...shards.keys()].sort() };
  files.set(manifestFile, JSON.stringify(manifest));

  let bytes = 0;
  const encoder = new TextEncoder();
  for (const text of files.values()) bytes += encoder.encode(text).byteLength;
  return { files, bytes, version: hashFiles(files) };
}

/** FNV-1a over every file, as 8 hex digits: enough to tell one build's index from another's. */
function hashFiles(files: Map<string, string>): string {
  let hash = 0x811c9dc5;
  for (const [name, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const part of [name, text]) {
      for (let i = 0; i < part.length; i++) {
        hash ^= part.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
      }
    }
  }
  return hash.toString(16).padStart(8, '0');
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

function findProblems(docs: readonly SearchDoc[]): string[] {
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
