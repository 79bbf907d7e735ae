/**
 * How text becomes search terms, the same at build time (index-builder.ts)
 * and in the browser (query.ts): if the two disagreed, a word on the page
 * could never be found.
 *
 * This module runs in the browser, so it stays small and imports no values.
 */

export type SearchKind = 'page' | 'glossary' | 'session' | 'section' | 'service';

/** The fields of a document that are searched, in the order the index builder scores them. */
export const fields = ['title', 'headings', 'description', 'text'] as const;

// Words too common to tell pages apart. Dropping them keeps the index smaller
// and stops "talking to my children" ranking pages on "to" and "my".
// "no" and "not" stay: "no energy" means something. Contractions are
// compared without their apostrophe ("can't" is "cant").
const stopWords = new Set(
  'a about after an and are as at be been but by can cant do does dont for from had has have how i if im in into is it its ive me my of on or our so than that the their them then there these they this those to us was we were what when where which who will with you your'.split(
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
 * Returns null for stop words and empty tokens, which the index then skips.
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

/** The terms the index would see for a piece of text: used to match synonyms the same way. */
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
export const kindWeight: Partial<Record<SearchKind, number>> = { glossary: 1 / 3, session: 1 / 2 };
