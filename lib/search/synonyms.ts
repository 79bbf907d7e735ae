/**
 * Words patients use, and the words the site uses for the same thing.
 *
 * Applied to the query, not the index (see query.ts): a search for any of
 * `phrases` also searches for each of `searchFor`. Matching ignores case,
 * possessives, simple plurals and stop words, exactly as the index does, so
 * "Money worries", "money worry" and "talking with my children" all match.
 * Each `searchFor` entry must match as a whole: every one of its words has
 * to be on the page ("money and work" needs both "money" and "work").
 *
 * To add one: add a line, then add a case to lib/search/search.test.ts
 * that shows the page you expect coming first.
 */
export type Synonym = {
  /** What people type. A phrase is matched as consecutive words. */
  phrases: readonly string[];
  /** What the site calls it. */
  searchFor: readonly string[];
};

export const synonyms: readonly Synonym[] = [
  { phrases: ['tired', 'tiredness', 'exhausted', 'no energy'], searchFor: ['fatigue'] },
  { phrases: ['physio'], searchFor: ['physiotherapy', 'physiotherapist'] },
  { phrases: ['OT'], searchFor: ['occupational therapy', 'occupational therapist'] },
  {
    phrases: ['SALT', 'speech therapy'],
    searchFor: ['speech and language therapist', 'speech and language therapy'],
  },
  { phrases: ['HNA'], searchFor: ['holistic needs assessment'] },
  {
    phrases: ['money', 'money worries', 'benefits', 'bills', 'finance', 'work'],
    searchFor: ['financial', 'money and work'],
  },
  { phrases: ['kids', 'children', 'talking to my children'], searchFor: ['talking with children'] },
  { phrases: ['worry', 'worried', 'anxious', 'scared', 'stress'], searchFor: ['anxiety'] },
  { phrases: ['food', 'diet', 'eating', 'weight'], searchFor: ['dietitian', 'eating'] },
  { phrases: ['exercise', 'walking', 'activity'], searchFor: ['physical activity', 'moving'] },
  { phrases: ['swelling', 'swollen arm'], searchFor: ['lymphoedema'] },
  { phrases: ['numb', 'tingling', 'pins and needles'], searchFor: ['peripheral neuropathy'] },
  { phrases: ['chemo'], searchFor: ['chemotherapy'] },
  { phrases: ['follow up', 'check-ups'], searchFor: ['personalised follow-up'] },
  { phrases: ['GP review'], searchFor: ['cancer care review'] },
  { phrases: ['prehab'], searchFor: ['prehabilitation'] },
  { phrases: ['rehab'], searchFor: ['rehabilitation'] },
];
