import type { Options, SearchOptions } from 'minisearch';

/**
 * The one set of MiniSearch options. The build (index-builder.ts) and the
 * browser (components/islands/search.ts, through query.ts) both import these,
 * because MiniSearch.loadJSON only works if the options match the ones the
 * index was built with: a different processTerm would silently find nothing.
 *
 * This module runs in the browser, so it stays small and imports no values.
 */

export type SearchKind = 'page' | 'glossary' | 'session' | 'section' | 'service';

/** One document as it goes into MiniSearch: every field is a plain string. */
export type IndexedDoc = {
  /** The key of the index: unique across the site and the one thing every result needs. */
  url: string;
  title: string;
  headings: string;
  description: string;
  text: string;
  /** The description, or the start of the text, cut to a sentence or two. */
  snippet: string;
  kind: SearchKind;
};

/** What a result carries besides its url. Only these are stored, to keep the index file small. */
export type StoredFields = Pick<IndexedDoc, 'title' | 'snippet' | 'kind'>;

export const fields = ['title', 'headings', 'description', 'text'] as const satisfies readonly (keyof IndexedDoc)[];
export const storeFields = ['title', 'snippet', 'kind'] as const satisfies readonly (keyof StoredFields)[];

// Words too common to tell pages apart. Dropping them keeps the index smaller
// and stops "talking to my children" ranking pages on "to" and "my".
// "no" and "not" stay: "no energy" means something.
const stopWords = new Set(
  'a about after an and are as at be been but by can do does for from had has have how i if in into is it its me my of on or our so than that the their them then there these they this those to us was we were what when where which who will with you your'.split(
    ' ',
  ),
);

/**
 * Splits on anything that is not a letter, a digit or an apostrophe, so that
 * "children's" reaches processTerm whole and loses its possessive there.
 * Hyphens split: "follow-up" is "follow" and "up", whichever way it is typed.
 */
export function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}'’]+/u);
}

/**
 * Light stemming, the same at build time and in the browser: lower case,
 * no accents, no possessive, simple plurals made singular
 * ("physiotherapists" → "physiotherapist", "worries" → "worry",
 * "illnesses" → "illness"), leaving "stress", "diagnosis" and "nervous" alone.
 * Returns null for stop words and empty tokens, which MiniSearch then skips.
 */
export function processTerm(token: string): string | null {
  let term = token
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
  if (!term || stopWords.has(term)) return null;
  if (term.length > 4 && term.endsWith('ies')) term = `${term.slice(0, -3)}y`;
  else if (term.endsWith('sses')) term = term.slice(0, -2);
  else if (term.length > 3 && /[^siu]s$/.test(term)) term = term.slice(0, -1);
  return term;
}

/** The terms MiniSearch would see for a piece of text: used to match synonyms the same way. */
export function toTerms(text: string): string[] {
  return tokenize(text).flatMap((token) => processTerm(token) ?? []);
}

// A glossary entry is a one-line definition; a page on the same thing says
// what to do about it. Being one or two words long, an entry's title scores
// far above a page's heading for the same word (BM25 favours short fields),
// so entries count a third: they still come first when no page matches well
// ("swollen arm" finds Lymphoedema), but "physio" finds Who can help first.
// A session's title names its subject ("Physiotherapy, occupational therapy
// and dietetics"), but the page about the help itself is what a patient
// searching for it needs first, so sessions count half.
const kindWeight: Partial<Record<SearchKind, number>> = { glossary: 1 / 3, session: 1 / 2 };

export const searchOptions = {
  // A title match beats a heading, a heading beats the description, and a
  // passing mention in the text counts least.
  boost: { title: 4, headings: 2, description: 1.5, text: 1 },
  // Two letters ("OT") as a prefix would match "other"; one edit in a
  // three-letter word ("HNA") is a different word.
  prefix: (term: string) => term.length > 2,
  fuzzy: (term: string) => (term.length > 3 ? 0.2 : false),
  boostDocument: (_id: unknown, _term: string, stored?: Record<string, unknown>) =>
    kindWeight[stored?.kind as SearchKind] ?? 1,
} satisfies SearchOptions;

/**
 * For the site's own words added by a synonym (query.ts). They are spelt
 * right, so no fuzzy matching ("physiotherapy" is three edits from
 * "physiotherapist" and would match it twice). They say what the person
 * means, so a page using them counts double.
 */
export const synonymSearchOptions = {
  fuzzy: false,
  boostTerm: () => 2,
} satisfies SearchOptions;

export const miniSearchOptions: Options<IndexedDoc> = {
  idField: 'url',
  fields: [...fields],
  storeFields: [...storeFields],
  tokenize,
  processTerm,
  searchOptions,
};
