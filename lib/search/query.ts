import { FORMAT_VERSION, chunkFile, manifestFile, shardFile, type DocChunk, type Manifest, type TermShard } from './format';
import type { SearchKind } from './options';
import { toTerms } from './options';
import { allowedMistakes, editDistance, nearShardKeys, shardKey, soundKey } from './spelling';
import { synonyms } from './synonyms';

/**
 * Searching, shared by the browser island and the tests so that what the
 * tests prove is what visitors get. Runs in the browser: no Node APIs.
 *
 * The index is files (index-builder.ts). A search reads the manifest, the
 * shard of each word it looks for, and then the titles and snippets of the
 * results it shows, nothing else; each file is fetched once and kept.
 */

export type SearchHit = { url: string; title: string; snippet: string; kind: SearchKind };

/** Reads one file of the index by name; the island fetches it, tests read it from memory. */
export type LoadFile = (name: string) => Promise<string>;

export type Searcher = {
  search(query: string, limit?: number): Promise<SearchHit[]>;
  /** Fetches the manifest early (when the search box is focused), so the first search is quicker. */
  warm(): Promise<void>;
};

// How much a word counts when it only starts with what was typed, or is
// spelt a little differently: less than the word itself, and less the
// further it is from it. (MiniSearch's weights, which served this site well.)
const prefixWeight = 0.375;
const fuzzyWeight = 0.45;
// The site's own words, added by a synonym, say what the person means.
const synonymBoost = 2;

type TermQuery = { term: string; prefix: boolean; fuzzy: boolean; boost: number };
/** Documents must match every term of a group (AND); groups add up (OR). */
type Group = { terms: TermQuery[]; all: boolean };

// Every phrase as the terms the index would see, longest first, so
// "money worries" is read as one thing (money) and not also as "worry"
// (anxiety).
const phrases = synonyms
  .flatMap(({ phrases, searchFor }) => phrases.map((phrase) => ({ terms: toTerms(phrase), searchFor })))
  .sort((a, b) => b.terms.length - a.terms.length);

/**
 * Whether a typed word is a phrase's word, allowing the typing mistakes a
 * search allows, so "tierd" is read as "tired" and so means "fatigue".
 * Short words must be exact ("OT" is not "GP"), and the first letter right
 * ("talking" is not "walking").
 */
function sameWord(typed: string | undefined, word: string): boolean {
  if (typed === undefined) return false;
  if (typed === word) return true;
  if (typed.length < 4) return false;
  const sound = soundKey(typed);
  const wordSound = soundKey(word);
  if (sound === wordSound) return true;
  return typed.length >= 5 && sound[0] === wordSound[0] && editDistance(sound, wordSound, 1) <= 1;
}

/** The site's words for what the query says in patients' words, if any. */
export function synonymsFor(query: string): string[] {
  const terms = toTerms(query);
  const found = new Set<string>();
  let i = 0;
  while (i < terms.length) {
    const match = phrases.find((phrase) => phrase.terms.length > 0 && phrase.terms.every((term, j) => sameWord(terms[i + j], term)));
    match?.searchFor.forEach((words) => found.add(words));
    i += match?.terms.length ?? 1;
  }
  return [...found];
}

/**
 * The query as typed (any word; a word may be a prefix or have a typo), OR
 * each synonym. A synonym's words must all match (AND), so "money and work"
 * does not bring up every page that says "work"; they are spelt right, so
 * no typo matching ("physiotherapy" would otherwise match "physiotherapist" twice).
 */
function planQuery(query: string): Group[] {
  const typed = toTerms(query).map((term) => ({ term, prefix: term.length > 2, fuzzy: true, boost: 1 }));
  return [
    { terms: typed, all: false },
    ...synonymsFor(query).map((words) => ({
      terms: toTerms(words).map((term) => ({ term, prefix: term.length > 2, fuzzy: false, boost: synonymBoost })),
      all: true,
    })),
  ];
}

export function createSearcher(load: LoadFile): Searcher {
  const files = new Map<string, Promise<unknown>>();
  const read = <T>(name: string): Promise<T> => {
    let file = files.get(name);
    if (!file) {
      file = load(name).then((text) => JSON.parse(text) as unknown);
      files.set(name, file);
      // A failed request is tried again next time, not remembered.
      file.catch(() => files.delete(name));
    }
    return file as Promise<T>;
  };
  const manifest = async (): Promise<Manifest> => {
    const value = await read<Manifest>(manifestFile);
    if (value.format !== FORMAT_VERSION) throw new Error(`Search index format ${value.format}, expected ${FORMAT_VERSION}`);
    return value;
  };

  /** Every word in the given shards that the query term matches, with how much it counts. */
  const matchTerms = async (query: TermQuery, keys: string[], typo: boolean): Promise<Array<[postings: number[], weight: number, fuzzy: boolean]>> => {
    const sound = soundKey(query.term);
    const maxMistakes = query.fuzzy ? allowedMistakes(query.term.length) : 0;
    const found: Array<[number[], number, boolean]> = [];
    for (const key of keys) {
      const shard = await read<TermShard>(shardFile(key));
      for (const term in shard) {
        let weight = 0;
        let fuzzy = false;
        if (term === query.term) weight = 1;
        else if (query.prefix && (term.startsWith(query.term) || soundKey(term).startsWith(sound))) {
          const distance = Math.max(term.length - query.term.length, 1);
          weight = (prefixWeight * term.length) / (term.length + 0.3 * distance);
        } else if (maxMistakes > 0) {
          const termSound = soundKey(term);
          // Sounds the same ("fysio", "physio"): almost as good as the word itself.
          const distance = termSound === sound ? 0.5 : editDistance(sound, termSound, maxMistakes);
          if (distance <= maxMistakes) weight = ((typo ? 2 * fuzzyWeight : fuzzyWeight) * term.length) / (term.length + distance);
          fuzzy = true;
        }
        if (weight > 0) found.push([shard[term]!, weight, fuzzy]);
      }
    }
    return found;
  };

  /** Each document's score for one term query: exact, prefix and near spellings added up. */
  const termScores = async (query: TermQuery, shards: Set<string>): Promise<Map<number, number>> => {
    const key = shardKey(query.term);
    const own = shards.has(key) ? [key] : [];
    let matched = await matchTerms(query, own, false);
    const exact = matched.some(([, , fuzzy]) => !fuzzy);
    if (query.fuzzy && !exact) {
      // Nothing is spelt like this or starts like this, so it is a typing
      // mistake: a near word is what they meant, and counts almost in full.
      // A mistake in the first two letters ("nueropathy") puts the word in
      // another shard: look in the shards its likely corrections would be in.
      const nearKeys = nearShardKeys(query.term).filter((near) => near !== key && shards.has(near));
      matched = await matchTerms(query, [...own, ...nearKeys], true);
      // Or a different ending of a word the site uses: "constipated", "constipation".
      const stem = query.term.replace(/(ed|ing|ion|ions|er|ers|ly)$/, '');
      if (matched.length === 0 && stem.length >= 5 && stem !== query.term) {
        matched = await matchTerms({ ...query, term: stem, prefix: true, fuzzy: false }, own, false);
      }
    }
    const scores = new Map<number, number>();
    for (const [postings, weight] of matched) {
      let docId = 0;
      for (let i = 0; i < postings.length; i += 2) {
        docId += postings[i]!;
        scores.set(docId, (scores.get(docId) ?? 0) + weight * query.boost * postings[i + 1]!);
      }
    }
    return scores;
  };

  const rank = async (query: string): Promise<Array<[docId: number, score: number]>> => {
    const groups = planQuery(query);
    const { shards } = await manifest();
    const shardSet = new Set(shards);
    const total = new Map<number, { score: number; matched: Set<string> }>();
    await Promise.all(
      groups.map(async (group) => {
        const perTerm = await Promise.all(group.terms.map((term) => termScores(term, shardSet)));
        let docs = new Map<number, number>();
        perTerm.forEach((scores, index) => {
          if (group.all && index > 0) {
            // AND: keep only documents that had every earlier term too.
            const kept = new Map<number, number>();
            for (const [docId, score] of docs) if (scores.has(docId)) kept.set(docId, score + scores.get(docId)!);
            docs = kept;
          } else {
            for (const [docId, score] of scores) docs.set(docId, (docs.get(docId) ?? 0) + score);
          }
        });
        if (group.all && group.terms.length === 0) return;
        for (const [docId, score] of docs) {
          const entry = total.get(docId) ?? { score: 0, matched: new Set<string>() };
          entry.score += score;
          // Which of the typed words (or which synonym) this document answers.
          // (A synonym's key starts with a space, to tell it from a typed word.)
          if (group.all) entry.matched.add(` ${group.terms.map((term) => term.term).join(' ')}`);
          else group.terms.forEach((term, index) => perTerm[index]!.has(docId) && entry.matched.add(term.term));
          total.set(docId, entry);
        }
      }),
    );
    // A document that answers more of the query is better, and more so for
    // the words typed: "hormone therapy" is about hormones first, not any
    // page with "therapy" in its title. (MiniSearch multiplies by the count;
    // typed words count squared here.)
    return [...total]
      .map(([docId, { score, matched }]): [number, number] => {
        const synonymsMatched = [...matched].filter((key) => key.startsWith(' ')).length;
        const typedMatched = matched.size - synonymsMatched;
        return [docId, score * (typedMatched * typedMatched + synonymsMatched)];
      })
      .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  };

  return {
    async warm() {
      await manifest();
    },
    async search(query, limit = 10) {
      if (toTerms(query).length === 0) return [];
      const ranked = (await rank(query)).slice(0, limit);
      const { chunkSize } = await manifest();
      const chunks = await Promise.all(ranked.map(([docId]) => read<DocChunk>(chunkFile(Math.floor(docId / chunkSize)))));
      return ranked.map(([docId], index) => {
        const [url, title, snippet, kind] = chunks[index]![docId % chunkSize]!;
        return { url, title, snippet, kind };
      });
    },
  };
}

/** A searcher over index files held in memory: for tests and scripts. */
export function createMemorySearcher(files: ReadonlyMap<string, string>): Searcher & { fetched: string[] } {
  const fetched: string[] = [];
  const searcher = createSearcher((name) => {
    const text = files.get(name);
    if (text === undefined) return Promise.reject(new Error(`No index file ${name}`));
    fetched.push(name);
    return Promise.resolve(text);
  });
  return Object.assign(searcher, { fetched });
}
