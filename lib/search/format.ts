import type { SearchKind } from './options';

/**
 * The shape of the index files, shared by the builder (index-builder.ts) and
 * the browser (query.ts). Bump FORMAT_VERSION when it changes: the browser
 * refuses an index of another format rather than misread it.
 */
export const FORMAT_VERSION = 2;

/**
 * Documents per chunk of titles and snippets. Small, because a search
 * fetches the chunk of each result it shows: ten results from ten pages
 * are ten chunks, about 1.5 KB each when compressed.
 */
export const CHUNK_SIZE = 16;

/**
 * The most documents kept for one word: the ones where it scores highest.
 * A page that only mentions "cancer" in passing is not what a search for
 * "cancer" should show among the first results, and without a limit the
 * shard for a common word grows with the site.
 */
export const MAX_POSTINGS_PER_TERM = 60;

/** What the browser reads first: how many documents, how they are chunked, which shards exist. */
export type Manifest = { format: number; documents: number; chunkSize: number; shards: string[] };

/** word → [gap to previous doc id, score 1–255, gap, score, …], doc ids ascending. */
export type TermShard = Record<string, number[]>;

/** One entry per document, in doc id order: url, title, snippet, kind. */
export type DocChunk = Array<[url: string, title: string, snippet: string, kind: SearchKind]>;

export const manifestFile = 'manifest.json';

export function shardFile(key: string): string {
  return `t-${key}.json`;
}

export function chunkFile(chunk: number): string {
  return `d-${chunk}.json`;
}
