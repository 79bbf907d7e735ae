import { findSupportHref, findSupportPath, glossaryPath, urgentHelpPath } from '../urls';

/**
 * Where to go when a search finds nothing, or before anything is typed.
 * Shown by the search island; the same links work with no JavaScript from
 * the A to Z list on the page.
 *
 * These addresses must exist: the dead-link check should cover this list.
 */
export type SearchSuggestion = { href: string; label: string };

export const searchSuggestions: readonly SearchSuggestion[] = [
  // First, because someone searching for a symptom may need help now (GitHub issue 11).
  { href: urgentHelpPath, label: 'Get help urgently: signs to act on now' },
  { href: findSupportPath, label: 'Find support by what is bothering you' },
  { href: findSupportHref('i-feel-tired-all-the-time'), label: 'Feeling tired all the time (fatigue)' },
  { href: findSupportHref('i-am-worried-about-money-or-work'), label: 'Worries about money or work' },
  { href: '/cancer-rehabilitation/who-can-help', label: 'Who can help: the professionals in rehabilitation' },
  { href: '/personalised-care/holistic-needs-assessment', label: 'Holistic needs assessment (HNA)' },
  { href: glossaryPath, label: 'Glossary: what the medical words mean' },
];
