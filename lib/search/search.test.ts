import { describe, expect, test } from 'vitest';
import { searchDocs } from '@/tests/fixtures/search/docs';
import { buildSearchIndex, SearchIndexError, snippet, type SearchDoc } from './index-builder';
import { processTerm, toTerms } from './options';
import { createMemorySearcher, synonymsFor } from './query';

const built = buildSearchIndex(searchDocs);
const searcher = createMemorySearcher(built.files);
const search = (query: string, limit?: number) => searcher.search(query, limit);

async function firstUrl(query: string): Promise<string | undefined> {
  return (await search(query))[0]?.url;
}

async function urls(query: string): Promise<string[]> {
  return (await search(query, 20)).map((hit) => hit.url);
}

describe('patients’ words find the right page first', () => {
  test('"tired" finds the Fatigue section', async () => {
    expect(await firstUrl('tired')).toBe('/find-support#fatigue');
  });

  test('"physio" finds Who can help, above the glossary definition', async () => {
    expect(await firstUrl('physio')).toBe('/who-can-help');
  });

  test('"HNA" finds the Holistic Needs Assessment page', async () => {
    expect(await firstUrl('HNA')).toBe('/holistic-needs-assessment');
  });

  test('"money worries" finds Money and work, not the anxiety pages', async () => {
    expect(await firstUrl('money worries')).toBe('/find-support#money-and-work');
    expect((await urls('money worries')).indexOf('/whats-on/managing-worry')).toBeGreaterThan(2);
  });

  test('"talking to my children" finds the Talking with children session', async () => {
    expect(await firstUrl('talking to my children')).toBe('/whats-on/talking-with-children-about-cancer');
  });

  test.each([
    ['Tired', '/find-support#fatigue'],
    ['exhausted', '/find-support#fatigue'],
    ['no energy', '/find-support#fatigue'],
    ['OT', '/who-can-help'],
    ['SALT', '/who-can-help'],
    ['speech therapy', '/who-can-help'],
    ['benefits', '/find-support#money-and-work'],
    ['kids', '/whats-on/talking-with-children-about-cancer'],
    ['worried', '/find-support#anxiety-and-worry'],
    ['food', '/find-support#eating-and-weight-changes'],
    ['exercise', '/moving-more'],
    ['GP review', '/cancer-care-review'],
    ['check-ups', '/personalised-follow-up'],
    ['follow up', '/personalised-follow-up'],
    ['prehab', '/prehabilitation'],
  ])('"%s" finds %s first', async (query, url) => {
    expect(await firstUrl(query)).toBe(url);
  });

  test.each([
    ['swollen arm', '/glossary#lymphoedema'],
    ['pins and needles', '/glossary#peripheral-neuropathy'],
  ])('"%s" finds the glossary entry %s when no page covers it', async (query, url) => {
    expect((await urls(query)).slice(0, 2)).toContain(url);
  });
});

describe('ranking', () => {
  test('a title match beats a passing mention in the text', async () => {
    // /moving-more says "if you feel tired" in passing.
    expect((await urls('tired')).indexOf('/moving-more')).toBeGreaterThan((await urls('tired')).indexOf('/find-support#fatigue'));
    // Both say "physiotherapist"; only one is about it.
    expect((await urls('physiotherapist')).indexOf('/who-can-help')).toBeLessThan((await urls('physiotherapist')).indexOf('/moving-more'));
  });

  test('finds words with a typo', async () => {
    expect(await firstUrl('fatige')).toBe('/find-support#fatigue');
    expect(await firstUrl('lymphodema')).toBe('/glossary#lymphoedema');
  });

  test('finds words from their first few letters', async () => {
    expect(await firstUrl('prehabil')).toBe('/prehabilitation');
  });

  test('finds a singular from a plural and a possessive', async () => {
    expect(await urls('dietitians')).toContain('/who-can-help');
    expect(await firstUrl("children's")).toBe('/whats-on/talking-with-children-about-cancer');
  });

  test('an empty query, or one made only of common words, finds nothing', async () => {
    expect(await search('')).toEqual([]);
    expect(await search('   ')).toEqual([]);
    expect(await search('the and of')).toEqual([]);
  });

  test('a query that matches nothing finds nothing', async () => {
    expect(await search('xylophone zebra')).toEqual([]);
  });

  test('returns at most the limit', async () => {
    expect(await search('cancer', 3)).toHaveLength(3);
  });
});

describe('synonyms', () => {
  test('read a phrase as one thing, so "money worries" is about money and not also anxiety', () => {
    expect(synonymsFor('money worries')).toEqual(['financial', 'money and work']);
  });

  test('ignore case, plurals and small words', () => {
    expect(synonymsFor('Talking with my kids')).toEqual(['talking with children']);
    expect(synonymsFor('PINS AND NEEDLES')).toEqual(['peripheral neuropathy']);
  });

  test('find nothing to add for words that are already the site’s', () => {
    expect(synonymsFor('fatigue')).toEqual([]);
  });
});

describe('terms', () => {
  test.each([
    ['Physiotherapists', 'physiotherapist'],
    ['worries', 'worry'],
    ['illnesses', 'illness'],
    ['stress', 'stress'],
    ['diagnosis', 'diagnosis'],
    ['nervous', 'nervous'],
    ["children's", 'children'],
    ['children’s', 'children'],
    ['Ménière', 'meniere'],
  ])('%s is indexed as %s', (word, term) => {
    expect(processTerm(word)).toBe(term);
  });

  test('common words are not indexed', () => {
    expect(toTerms('Talking to my children about the cancer')).toEqual(['talking', 'children', 'cancer']);
  });

  test('hyphenated words are two words, whichever way they are typed', () => {
    expect(toTerms('follow-up')).toEqual(toTerms('follow up'));
  });
});

describe('the index', () => {
  test('reports its size in bytes: every file together', () => {
    const sum = [...built.files.values()].reduce((total, text) => total + new TextEncoder().encode(text).byteLength, 0);
    expect(built.bytes).toBe(sum);
  });

  test('ships titles, snippets and kinds for results, never the text itself', () => {
    const all = [...built.files.values()].join('\n');
    // The text is searchable, but not shipped as text.
    expect(all).not.toContain('Personal Independence Payment');
    expect(all).toContain('Talking with children about cancer');
  });

  test('its folder name changes when the content does, and only then', () => {
    expect(buildSearchIndex(searchDocs).version).toBe(built.version);
    const changed = searchDocs.map((doc, i) => (i === 0 ? { ...doc, text: `${doc.text} Extra words.` } : doc));
    expect(buildSearchIndex(changed).version).not.toBe(built.version);
  });

  test('a search reads the manifest, the shard of each word and the chunks of the results shown, nothing else', async () => {
    const fresh = createMemorySearcher(built.files);
    await fresh.search('exhausted', 3);
    expect(fresh.fetched[0]).toBe('manifest.json');
    // "exhausted" and its synonym "fatigue".
    expect(fresh.fetched.filter((name) => name.startsWith('t-')).sort()).toEqual(['t-ex.json', 't-fa.json']);
    expect(fresh.fetched.length).toBeLessThan(built.files.size);
  });

  test('each result has a url, title, snippet and kind', async () => {
    expect((await search('talking to my children'))[0]).toEqual({
      url: '/whats-on/talking-with-children-about-cancer',
      title: 'Talking with children about cancer',
      snippet: 'An online session for parents, grandparents and carers on how to talk with children and teenagers about cancer.',
      kind: 'session',
    });
  });

  test('a section without a description shows the start of its text', async () => {
    const hit = (await search('tired'))[0];
    expect(hit?.snippet).toMatch(/^Fatigue is a feeling of extreme tiredness/);
    expect(hit?.snippet).toMatch(/…$/);
    expect(hit?.snippet.length).toBeLessThanOrEqual(160);
  });

  test('refuses documents without a title, with a url off the site, or sharing a url, naming every one', () => {
    const base: SearchDoc = { id: 'a', url: '/a', title: 'A', description: '', headings: [], text: '', kind: 'page' };
    const docs: SearchDoc[] = [
      base,
      { ...base, id: 'b', url: '/b', title: ' ' },
      { ...base, id: 'c', url: 'https://example.com/c' },
      { ...base, id: 'd', url: '/a' },
    ];
    expect(() => buildSearchIndex(docs)).toThrow(SearchIndexError);
    try {
      buildSearchIndex(docs);
    } catch (error) {
      expect((error as SearchIndexError).problems).toEqual([
        '"b" has no title, so its result would be a blank link.',
        '"c" has the url "https://example.com/c"; expected a path on this site starting with "/".',
        '"d" has the same url as "a" (/a); each result needs its own address.',
      ]);
    }
  });
});

describe('snippet', () => {
  test('keeps short text whole, with its spaces tidied', () => {
    expect(snippet('  Short\n text.  ')).toBe('Short text.');
  });

  test('cuts long text at a word, with an ellipsis', () => {
    expect(snippet('one two three four five six', 14)).toBe('one two three…');
  });
});
