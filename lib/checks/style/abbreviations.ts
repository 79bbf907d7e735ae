import type { ProseBlock } from '../prose';
import { type StyleProblem } from './shared';
import { isGlossaryHref } from '../../urls';

/**
 * Abbreviations readers know better than their expansions, so they need no
 * explanation. The NHS guide names UK, NHS and GP; NICE's style guide adds
 * MRI, CT, HIV and DNA. OK and TV are words. COVID is how the illness is
 * known. PDF is on download links. Anything else is spelled out at first use
 * or linked to the glossary: for people new to cancer care, CNS, HNA or PSFU
 * are not common knowledge.
 * https://service-manual.nhs.uk/content/formatting-and-punctuation#abbreviations-and-acronyms
 * https://www.nice.org.uk/corporate/ecd1/chapter/abbreviations
 */
export const KNOWN_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'NHS',
  'GP',
  'UK',
  'OK',
  'TV',
  'MRI',
  'CT',
  'HIV',
  'DNA',
  'COVID',
  'PDF',
]);

// 2 to 6 capital letters as a word of their own, with an optional plural ("CNSs", "HNA's").
const ABBREVIATION = /(?<![\p{L}\p{N}&])(\p{Lu}{2,6})(s|'s|’s)?(?![\p{L}\p{N}&])/gu;
// "Stage IV": Roman numerals are numbers, not abbreviations.
const ROMAN_NUMERAL = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;
// AM and PM are reported by the time rule, with a better fix.
const TIME_SUFFIX = new Set(['AM', 'PM']);

/**
 * Each abbreviation must be explained the first time it appears on the page:
 * "Holistic Needs Assessment (HNA)", "HNA (Holistic Needs Assessment)", a
 * link to the glossary ("[HNA](/glossary#hna)"), or inside a <GlossaryTerm>.
 * Only the first use is reported; later uses are fine once it is explained.
 */
export function abbreviationProblems(blocks: ProseBlock[], file: string): StyleProblem[] {
  type Use = { abbreviation: string; line: number; column: number; explained: boolean; text: string };
  const first = new Map<string, Use>();
  for (const block of blocks) {
    for (const match of block.text.matchAll(ABBREVIATION)) {
      const abbreviation = match[1]!;
      if (KNOWN_ABBREVIATIONS.has(abbreviation) || TIME_SUFFIX.has(abbreviation) || ROMAN_NUMERAL.test(abbreviation)) continue;
      const { line, column } = block.positionAt(match.index);
      const earlier = first.get(abbreviation);
      if (earlier && (earlier.line < line || (earlier.line === line && earlier.column <= column))) continue;
      const span = block.spans.find((candidate) => match.index >= candidate.start && match.index < candidate.end && (candidate.glossary || isGlossaryLink(candidate.url)));
      first.set(abbreviation, {
        abbreviation,
        line,
        column,
        text: match[0],
        explained: span !== undefined || isExpanded(block.text, match.index, match.index + match[0].length, abbreviation),
      });
    }
  }
  return [...first.values()]
    .filter((use) => !use.explained)
    .map((use) => ({
      rule: 'abbreviations',
      file,
      line: use.line,
      column: use.column,
      message: `"${use.abbreviation}" is not explained the first time it is used on the page. Many readers will not know what it stands for.`,
      found: use.text,
      expected: `"${use.abbreviation}" spelled out in full at its first use`,
      fix: `Write it in full with the abbreviation in brackets the first time, like "Holistic Needs Assessment (HNA)", or link it to the glossary: [${use.abbreviation}](/glossary#${use.abbreviation.toLowerCase()}). If it is not an abbreviation, write it in lower case: capitals are harder to read.`,
      severity: 'error' as const,
    }));
}

function isGlossaryLink(url: string | undefined): boolean {
  return url !== undefined && isGlossaryHref(url);
}

/** "Holistic Needs Assessment (HNA)" or "HNA (Holistic Needs Assessment)". */
function isExpanded(text: string, start: number, end: number, abbreviation: string): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end);
  if (/\(\s*$/.test(before) && /^\s*\)/.test(after)) {
    const words = wordsOf(before.replace(/\(\s*$/, '')).slice(-(abbreviation.length * 2 + 2));
    if (spellsOut(abbreviation, words)) return true;
  }
  const bracketed = /^\s*\(([^()]+)\)/.exec(after);
  return bracketed !== null && spellsOut(abbreviation, wordsOf(bracketed[1]!));
}

function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * Whether the words could be what the letters stand for: a word starts with
 * the first letter and the rest of the letters follow in order. Loose on
 * purpose ("Cancer Research UK (CRUK)", "a clinical nurse specialist (CNS)"),
 * but "HNA (see below)" does not pass.
 */
function spellsOut(abbreviation: string, words: string[]): boolean {
  const letters = abbreviation.toLowerCase();
  return words.some((word, index) => {
    if (word[0]?.toLowerCase() !== letters[0]) return false;
    const rest = words.slice(index).join('').toLowerCase();
    let position = 0;
    for (const letter of letters) {
      position = rest.indexOf(letter, position);
      if (position === -1) return false;
      position++;
    }
    return true;
  });
}
