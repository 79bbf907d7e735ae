/**
 * What patients type, in their own words, and the page that must come up in
 * the first three results: everyday phrases, misspellings, plurals, people
 * asking for someone else. lib/search/relevance.test.ts runs every query
 * over the real content and reports the share that pass (target: 90%).
 *
 * `page` is a path, or a path with `#section` when one section of a long
 * page is the answer. A result counts if it is that page or any section
 * of it (for a `#section` target: that section, or the page itself).
 *
 * `newPage: true` marks a target page that other work is adding; until it
 * exists the query is skipped with a note, not failed. A missing page
 * without the mark fails: it is a typo or a page that has moved.
 *
 * To add one: write the query as a patient would, choose the page that
 * helps them most, and run `npx vitest run lib/search/relevance.test.ts`.
 */
export type RelevanceCase = { query: string; page: string; newPage?: true; why?: string };

export const relevanceSet: readonly RelevanceCase[] = [
  // Typing mistakes.
  { query: 'tierd', page: '/living-well/tiredness-and-fatigue', newPage: true },
  { query: 'always tierd', page: '/find-support#i-feel-tired-all-the-time' },
  { query: 'fysio', page: '/cancer-rehabilitation/who-can-help' },
  { query: 'lymphodema', page: '/cancer-rehabilitation/who-can-help' },
  { query: 'diarea', page: '/whats-on/constipation-and-diarrhoea' },
  { query: 'dietician', page: '/cancer-rehabilitation/who-can-help' },
  { query: 'holistic needs assesment', page: '/personalised-care/holistic-needs-assessment' },
  { query: 'treatment summery', page: '/personalised-care/treatment-summary' },
  { query: 'nueropathy', page: '/whats-on/chemotherapy-induced-peripheral-neuropathy' },
  { query: 'anxeity', page: '/find-support#i-feel-anxious-or-worried' },
  { query: 'prehabilitaion', page: '/prehabilitation' },

  // Everyday words and phrases.
  { query: 'tired all the time', page: '/find-support#i-feel-tired-all-the-time' },
  { query: 'no energy', page: '/find-support#i-feel-tired-all-the-time' },
  { query: 'exhausted', page: '/living-well/tiredness-and-fatigue', newPage: true },
  { query: 'money worries', page: '/find-support#i-am-worried-about-money-or-work' },
  { query: 'benefits', page: '/find-support#i-am-worried-about-money-or-work' },
  { query: 'going back to work', page: '/living-well/money-and-work', newPage: true },
  { query: 'back to work after cancer', page: '/find-support#i-am-worried-about-money-or-work' },
  { query: 'can’t sleep', page: '/living-well/sleep-and-thinking', newPage: true },
  { query: "can't sleep at night", page: '/find-support#i-find-it-hard-to-think-clearly-or-sleep' },
  { query: 'chemo brain', page: '/find-support#i-find-it-hard-to-think-clearly-or-sleep' },
  { query: 'brain fog', page: '/living-well/sleep-and-thinking', newPage: true },
  { query: 'memory problems', page: '/find-support#i-find-it-hard-to-think-clearly-or-sleep' },
  { query: 'losing weight', page: '/find-support#i-am-worried-about-eating-or-my-weight' },
  { query: 'off my food', page: '/find-support#i-am-worried-about-eating-or-my-weight' },
  { query: 'eating well', page: '/living-well/eating-well', newPage: true },
  { query: 'want to get fitter', page: '/find-support#i-want-to-be-more-active' },
  { query: 'exercise', page: '/living-well/being-active', newPage: true },
  { query: 'getting fit before surgery', page: '/prehabilitation' },
  { query: 'swollen arm', page: '/find-support#i-have-swelling-in-an-arm-or-leg' },
  { query: 'trouble swallowing', page: '/find-support#i-find-it-hard-to-speak-or-swallow' },
  { query: 'feeling anxious', page: '/find-support#i-feel-anxious-or-worried' },
  { query: 'panic attacks', page: '/find-support#i-feel-anxious-or-worried' },
  { query: 'depression', page: '/living-well/feelings-and-mental-health', newPage: true },
  { query: 'feeling low', page: '/living-well/feelings-and-mental-health', newPage: true },
  { query: 'scared it will come back', page: '/find-support#i-have-finished-treatment-and-feel-worried' },
  { query: 'pins and needles', page: '/whats-on/chemotherapy-induced-peripheral-neuropathy' },
  { query: 'numb fingers', page: '/whats-on/chemotherapy-induced-peripheral-neuropathy' },
  {
    query: 'high temperature during chemo',
    page: '/find-support#i-have-side-effects-from-treatment',
    why: 'This section says to call the cancer care team straight away; the session page only describes a past talk.',
  },
  { query: 'breathless', page: '/urgent-help', newPage: true },
  { query: 'who to call in an emergency', page: '/urgent-help', newPage: true },
  { query: 'sex', page: '/living-well/sex-body-image-and-relationships', newPage: true },
  { query: 'relationship problems', page: '/find-support#cancer-is-affecting-my-relationships' },
  { query: 'wig', page: '/find-support#i-need-practical-help' },
  { query: 'help at home', page: '/find-support#i-need-practical-help' },
  { query: 'religion', page: '/find-support#i-have-questions-about-faith-or-meaning' },
  { query: 'constipated', page: '/whats-on/constipation-and-diarrhoea' },
  { query: 'hormone therapy', page: '/whats-on/hormones-and-cancer-treatment' },

  // Plurals and professionals by their everyday names.
  { query: 'physios', page: '/cancer-rehabilitation/who-can-help' },
  { query: 'OT', page: '/cancer-rehabilitation/who-can-help' },
  { query: 'speech therapist', page: '/cancer-rehabilitation/who-can-help' },
  { query: 'check ups after treatment', page: '/personalised-care/personalised-follow-up' },
  { query: 'GP review', page: '/personalised-care/cancer-care-review' },
  { query: 'HNA', page: '/personalised-care/holistic-needs-assessment' },
  { query: 'prehab', page: '/prehabilitation' },
  { query: 'rehab', page: '/cancer-rehabilitation' },
  { query: 'classes', page: '/whats-on' },
  { query: 'questions to ask my doctor', page: '/personalised-care/questions-to-ask', newPage: true },

  // Asking for someone else.
  { query: 'my husband has cancer', page: '/for-carers-and-family', newPage: true },
  { query: 'my wife has cancer', page: '/find-support#i-am-a-carer-friend-or-family-member' },
  { query: 'looking after my mum', page: '/find-support#i-am-a-carer-friend-or-family-member' },
  { query: 'carers', page: '/for-carers-and-family', newPage: true },
  { query: 'telling my children', page: '/find-support#i-do-not-know-how-to-talk-to-my-children' },
  { query: 'talking to my kids', page: '/whats-on/talking-with-children-about-cancer' },
  { query: 'support groups near me', page: '/local-support', newPage: true },
];
