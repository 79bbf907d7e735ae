import type { Root } from 'mdast';
import { syllable } from 'syllable';
import type { Problem } from '../problems/content-error';
import type { PageFrontmatter } from '../schemas/page';
import { proseBlocks, type ProseBlock } from './prose';

/**
 * How hard a page is to read, as the Flesch–Kincaid grade level and the
 * matching UK reading age (grade + 5: US grade 1 is age 6). The NHS suggests
 * a readability tool to find what to rewrite first, not as a pass mark, so
 * this only ever warns.
 * https://service-manual.nhs.uk/content/health-literacy/use-a-readability-tool-to-prioritise-content
 */
export type ReadingAge = {
  /** Flesch–Kincaid grade level of the whole page, to 1 decimal place, never below 0. */
  grade: number;
  /** grade + 5, to 1 decimal place. */
  age: number;
  words: number;
  sentences: number;
  /** The 3 hardest sentences of 8 words or more, hardest first. */
  hardest: Array<{ text: string; line: number; grade: number }>;
};

/** Pages for patients should be readable at about age 11 (NHS: 9 to 11). */
export const READING_AGE_TARGET = 11;

/** Shorter sentences are left out of `hardest`: their grade swings on a single long word. */
const HARDEST_MIN_WORDS = 8;

// Words are letters (and digits) joined by apostrophes or hyphens: "don't", "follow-up".
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

// A full stop after these is not the end of a sentence: "e.g.", "Dr.", an initial ("J. Smith").
const SHORT_FORM = /(?:^|[^\p{L}])(?:e\.g|i\.e|etc|dr|mr|mrs|ms|vs|approx)$/iu;
const INITIAL = /(?:^|[^\p{L}])\p{Lu}$/u;

export function readingAge(tree: Root): ReadingAge {
  const sentences = proseBlocks(tree).flatMap(sentencesOf);
  const totals = sentences.reduce(
    (sum, sentence) => ({ words: sum.words + sentence.words, syllables: sum.syllables + sentence.syllables }),
    { words: 0, syllables: 0 },
  );
  const grade = sentences.length ? fleschKincaid(totals.words, sentences.length, totals.syllables) : 0;
  const hardest = sentences
    .filter((sentence) => sentence.words >= HARDEST_MIN_WORDS)
    .map((sentence) => ({
      text: sentence.text,
      line: sentence.line,
      grade: fleschKincaid(sentence.words, 1, sentence.syllables),
    }))
    .sort((a, b) => b.grade - a.grade || a.line - b.line)
    .slice(0, 3);
  return { grade, age: round(grade + 5), words: totals.words, sentences: sentences.length, hardest };
}

/**
 * A warning when a page for patients reads above the target age. Pages only
 * for professionals are not checked: they are written for a specialist reader.
 */
export function readingAgeProblems(
  result: ReadingAge,
  file: string,
  audience: PageFrontmatter['audience'],
  target: number = READING_AGE_TARGET,
): Problem[] {
  if (audience === 'professionals' || result.age <= target) return [];
  const hardest = result.hardest
    .map((sentence) => `line ${sentence.line} (reading age ${round(sentence.grade + 5)}): "${shorten(sentence.text)}"`)
    .join('; ');
  return [
    {
      file,
      line: result.hardest[0]?.line,
      message: `This page has a reading age of ${result.age}. Pages for patients should have a reading age of ${target} or under, so that most people can understand them.`,
      expected: `a reading age of ${target} or under`,
      found: `${result.age}: Flesch–Kincaid grade ${result.grade} plus 5, from ${result.words} words in ${result.sentences} sentences`,
      fix: `Use shorter sentences and everyday words.${hardest ? ` Start with the hardest sentences: ${hardest}.` : ''}`,
      severity: 'warning',
    },
  ];
}

type Sentence = { text: string; line: number; words: number; syllables: number };

// Words repeat: across today's pages, 7 in 100 are distinct. Counting each
// word once (the syllable package's rules and plurals were a fifth of a
// content check with nothing cached) leaves the rest a lookup.
const syllableCounts = new Map<string, number>();
function syllablesIn(word: string): number {
  let count = syllableCounts.get(word);
  if (count === undefined) syllableCounts.set(word, (count = Math.max(1, syllable(word))));
  return count;
}

/**
 * Sentences end at ".", "?" or "!" followed by a space, and at the end of
 * each block, so a heading, a list item or a component's heading counts as a
 * sentence of its own even without a full stop.
 */
function sentencesOf(block: ProseBlock): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const end = (at: number) => {
    const raw = block.text.slice(start, at);
    const words = raw.match(WORD)?.filter((word) => /\p{L}/u.test(word)) ?? [];
    if (words.length > 0) {
      const lead = raw.length - raw.trimStart().length;
      sentences.push({
        text: raw.replace(/\s+/g, ' ').trim(),
        line: block.positionAt(start + lead).line,
        words: words.length,
        syllables: words.reduce((sum, word) => sum + syllablesIn(word), 0),
      });
    }
    start = at;
  };
  for (const match of block.text.matchAll(/[.?!]+["'”’)\]]*(?=\s|$)/gu)) {
    const before = block.text.slice(0, match.index);
    if (match[0].startsWith('.') && (SHORT_FORM.test(before) || INITIAL.test(before))) continue;
    end(match.index + match[0].length);
  }
  end(block.text.length);
  return sentences;
}

/** https://en.wikipedia.org/wiki/Flesch%E2%80%93Kincaid_readability_tests */
function fleschKincaid(words: number, sentences: number, syllables: number): number {
  return Math.max(0, round(0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function shorten(text: string): string {
  return text.length > 90 ? `${text.slice(0, 87).trimEnd()}…` : text;
}
