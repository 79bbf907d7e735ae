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
  { phrases: ['tired', 'tiredness', 'exhausted', 'exhaustion', 'no energy', 'worn out', 'knackered'], searchFor: ['fatigue'] },
  { phrases: ['physio'], searchFor: ['physiotherapy', 'physiotherapist'] },
  { phrases: ['OT'], searchFor: ['occupational therapy', 'occupational therapist'] },
  {
    phrases: ['SALT', 'speech therapy', 'speech therapist'],
    searchFor: ['speech and language therapist', 'speech and language therapy'],
  },
  { phrases: ['HNA'], searchFor: ['holistic needs assessment'] },
  {
    phrases: ['money', 'money worries', 'benefits', 'bills', 'finance', 'work', 'job', 'going back to work', 'sick pay', 'grant'],
    searchFor: ['financial', 'money and work'],
  },
  { phrases: ['kids', 'children', 'talking to my children', 'telling my children'], searchFor: ['talking with children'] },
  {
    phrases: ['worry', 'worried', 'anxious', 'anxiety', 'scared', 'frightened', 'stress', 'panic', 'panic attack', 'nervous'],
    searchFor: ['anxiety', 'worry', 'mental health'],
  },
  { phrases: ['come back', 'coming back', 'return'], searchFor: ['finished treatment', 'recurrence'] },
  {
    phrases: ['depression', 'depressed', 'feeling low', 'low mood', 'sad', 'down', 'mental health'],
    searchFor: ['mental health', 'feelings', 'low mood'],
  },
  { phrases: ['food', 'diet', 'eating', 'weight', 'appetite', 'off my food'], searchFor: ['dietitian', 'eating'] },
  { phrases: ['exercise', 'walking', 'activity', 'fitter', 'fit', 'keep fit', 'gym'], searchFor: ['physical activity', 'moving', 'active'] },
  { phrases: ['swelling', 'swollen', 'swollen arm', 'swollen leg'], searchFor: ['lymphoedema'] },
  { phrases: ['numb', 'tingling', 'pins and needles'], searchFor: ['peripheral neuropathy'] },
  {
    phrases: ['chemo brain', 'brain fog', 'foggy', 'forgetful', 'memory', 'concentrate', 'concentration'],
    searchFor: ['cognitive changes', 'think clearly'],
  },
  { phrases: ['insomnia', 'awake at night', 'sleepless'], searchFor: ['sleep'] },
  { phrases: ['breathless', 'breathlessness', 'short of breath', 'out of breath'], searchFor: ['breathlessness', 'breathless', 'short of breath'] },
  { phrases: ['sex', 'sex life', 'intimacy', 'libido'], searchFor: ['sex', 'relationships', 'body image'] },
  { phrases: ['wig', 'wigs', 'hair loss', 'losing my hair', 'bald'], searchFor: ['wig', 'hair loss', 'body image'] },
  {
    phrases: ['temperature', 'high temperature', 'fever', 'shivering', 'infection'],
    searchFor: ['neutropenic sepsis', 'infection'],
  },
  { phrases: ['emergency', 'urgent', 'who to call', 'ambulance'], searchFor: ['urgent help', '999'] },
  { phrases: ['help at home', 'shopping', 'housework', 'cleaning', 'getting around', 'transport'], searchFor: ['practical help'] },
  { phrases: ['religion', 'religious', 'god', 'spiritual', 'pray', 'chaplain'], searchFor: ['faith'] },
  {
    phrases: ['husband', 'wife', 'partner', 'mum', 'dad', 'mother', 'father', 'son', 'daughter', 'looking after', 'caring for', 'carer'],
    searchFor: ['carer', 'family member', 'carers and family'],
  },
  { phrases: ['constipated', 'bunged up', 'runs', 'runny', 'loose'], searchFor: ['constipation and diarrhoea'] },
  { phrases: ['classes', 'class', 'courses', 'workshops', 'groups', 'what’s on'], searchFor: ['health and wellbeing sessions'] },
  { phrases: ['support groups', 'near me', 'local'], searchFor: ['local support'] },
  { phrases: ['chemo'], searchFor: ['chemotherapy'] },
  { phrases: ['follow up', 'check-ups', 'check ups'], searchFor: ['personalised follow-up'] },
  { phrases: ['GP review'], searchFor: ['cancer care review'] },
  { phrases: ['questions to ask', 'what to ask'], searchFor: ['questions to ask'] },
  { phrases: ['prehab', 'getting fit before surgery', 'before surgery'], searchFor: ['prehabilitation'] },
  { phrases: ['rehab'], searchFor: ['rehabilitation'] },
];
