import 'server-only';
import { getAtoZ, getPage } from '../content';
import { findSupportPath } from '../urls';

/**
 * The "find support" page's level-2 headings are its worries ("I feel tired
 * all the time"); the last ones are the page's own furniture, not worries.
 */
const notAWorry = /^(related pages|what to do next)$/i;

/** The worries on /find-support, each a link to its section, for the search page without JavaScript. */
export function findSupportWorries(): Array<{ id: string; text: string }> | null {
  const page = getPage(findSupportPath);
  if (!page) return null;
  return page.headings
    .filter((heading) => heading.depth === 2 && !notAWorry.test(heading.text))
    .map((heading) => ({ id: heading.id, text: heading.text }));
}

/** The A to Z of topics, grouped by first letter in the order the topics are sorted. */
export function atoZByLetter(): Array<{ letter: string; topics: ReturnType<typeof getAtoZ> }> {
  const topics = getAtoZ();
  const letters = [...new Set(topics.map((topic) => topic.label[0]!.toUpperCase()))];
  return letters.map((letter) => ({ letter, topics: topics.filter((topic) => topic.label[0]!.toUpperCase() === letter) }));
}
