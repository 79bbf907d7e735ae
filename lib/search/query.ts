import MiniSearch, { type Query } from 'minisearch';
import { miniSearchOptions, synonymSearchOptions, toTerms, type IndexedDoc, type StoredFields } from './options';
import { synonyms } from './synonyms';

/**
 * Searching, shared by the browser island and the tests so that what the
 * tests prove is what visitors get. Runs in the browser: no Node APIs.
 */

export type SearchIndex = MiniSearch<IndexedDoc>;
export type SearchHit = StoredFields & { url: string };

export function loadSearchIndex(json: string): SearchIndex {
  return MiniSearch.loadJSON(json, miniSearchOptions);
}

// Every phrase as the terms the index would see, longest first, so
// "money worries" is read as one thing (money) and not also as "worry"
// (anxiety).
const phrases = synonyms
  .flatMap(({ phrases, searchFor }) => phrases.map((phrase) => ({ terms: toTerms(phrase), searchFor })))
  .sort((a, b) => b.terms.length - a.terms.length);

/** The site's words for what the query says in patients' words, if any. */
export function synonymsFor(query: string): string[] {
  const terms = toTerms(query);
  const found = new Set<string>();
  let i = 0;
  while (i < terms.length) {
    const match = phrases.find((phrase) => phrase.terms.length > 0 && phrase.terms.every((term, j) => terms[i + j] === term));
    match?.searchFor.forEach((words) => found.add(words));
    i += match?.terms.length ?? 1;
  }
  return [...found];
}

/**
 * The query as typed, OR each synonym. A synonym's words must all match
 * (AND), so "money and work" does not bring up every page that says "work".
 */
export function expandQuery(query: string): Query {
  return {
    combineWith: 'OR',
    queries: [
      query,
      ...synonymsFor(query).map((words): Query => ({ ...synonymSearchOptions, combineWith: 'AND', queries: [words] })),
    ],
  };
}

/** Best first; at most `limit`. An empty query finds nothing. */
export function search(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  if (toTerms(query).length === 0) return [];
  return index
    .search(expandQuery(query))
    .slice(0, limit)
    .map((result) => ({
      url: String(result.id),
      title: String(result.title),
      snippet: String(result.snippet ?? ''),
      kind: result.kind as SearchHit['kind'],
    }));
}
