import { MONTH_NAMES } from '../format-date';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { Problem } from '../content-error';
import { proseBlocks, type ProseBlock } from './prose';

/**
 * NHS content style, checked on every page. The rules follow the NHS content
 * style guide: https://service-manual.nhs.uk/content/numbers-measurements-dates-time
 * (dates, months, times), https://service-manual.nhs.uk/content/links (link
 * text), https://service-manual.nhs.uk/content/formatting-and-punctuation
 * (abbreviations), and WCAG 1.1.1 and 1.3.1 (alt text, heading levels).
 * Every problem is an error: a page that breaks a rule stops the build.
 */
export type StyleRule = 'dates' | 'months' | 'times' | 'link-text' | 'abbreviations' | 'image-alt' | 'heading-levels';

export const STYLE_RULES: readonly StyleRule[] = [
  'dates',
  'months',
  'times',
  'link-text',
  'abbreviations',
  'image-alt',
  'heading-levels',
];

/** A Problem that also says which rule found it (for tests and for grouping). */
export type StyleProblem = Problem & { rule: StyleRule };

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

/** Link text that does not say where the link goes (compared in lower case, without end punctuation). */
export const VAGUE_LINK_TEXT: ReadonlySet<string> = new Set([
  'click here',
  'click',
  'here',
  'this page',
  'this link',
  'link',
  'read more',
  'more',
  'find out more',
  'more info',
  'more information',
]);


const SHORT_MONTH_NAMES: Readonly<Record<string, (typeof MONTH_NAMES)[number]>> = {
  jan: 'January',
  feb: 'February',
  mar: 'March',
  apr: 'April',
  jun: 'June',
  jul: 'July',
  aug: 'August',
  sep: 'September',
  sept: 'September',
  oct: 'October',
  nov: 'November',
  dec: 'December',
};

export function lintStyle(tree: Root, file: string): StyleProblem[] {
  const blocks = proseBlocks(tree);
  const problems = [
    ...blocks.flatMap((block) => [...dateProblems(block, file), ...monthProblems(block, file), ...timeProblems(block, file)]),
    ...linkTextProblems(tree, file),
    ...abbreviationProblems(blocks, file),
    ...imageAltProblems(tree, file),
    ...headingProblems(tree, file),
  ];
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

// ─── helpers ────────────────────────────────────────────────────────────────

type Match = { index: number; text: string; groups: string[] };

function matchesIn(block: ProseBlock, pattern: RegExp): Match[] {
  const urls = [...block.text.matchAll(/(?:https?:\/\/|www\.)[^\s)]+|[^\s@()]+@[^\s@()]+\.[a-z]{2,}/gi)].map(
    (match) => [match.index, match.index + match[0].length] as const,
  );
  // Web and email addresses written out in the text are not dates or times.
  const inUrl = (index: number) => urls.some(([start, end]) => index >= start && index < end);
  return [...block.text.matchAll(pattern)]
    .filter((match) => !inUrl(match.index))
    .map((match) => ({ index: match.index, text: match[0], groups: match.slice(1).map((group) => group ?? '') }));
}

function at(block: ProseBlock, index: number, file: string) {
  return { file, ...block.positionAt(index) };
}

type JsxElement = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
type JsxAttribute = Extract<JsxElement['attributes'][number], { type: 'mdxJsxAttribute' }>;

function attributeOf(node: JsxElement, name: string): JsxAttribute | undefined {
  return node.attributes.find(
    (attribute): attribute is JsxAttribute => attribute.type === 'mdxJsxAttribute' && attribute.name === name,
  );
}

function positionOf(node: Nodes, file: string) {
  return { file, line: node.position?.start.line, column: node.position?.start.column };
}

// ─── dates ──────────────────────────────────────────────────────────────────

// 19/08/2025, 19-08-25, 19.08.2025 (dots only with a 4-digit year, so 1.2.10 is left alone)
const DAY_MONTH_YEAR = /(?<![\p{N}/.-])(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?![\p{N}/]|[-.]\p{N})|(?<![\p{N}/.-])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\p{N}/]|[-.]\p{N})/gu;
// 2025/08/19, 2025-08-19
const YEAR_MONTH_DAY = /(?<![\p{N}/.-])(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?![\p{N}/]|[-.]\p{N})/gu;

function dateProblems(block: ProseBlock, file: string): StyleProblem[] {
  const found: Array<{ index: number; text: string; day: number; month: number; year: number }> = [];
  for (const match of matchesIn(block, DAY_MONTH_YEAR)) {
    const [d1, , m1, y1, d2, m2, y2] = match.groups;
    const day = Number(d1 || d2);
    const month = Number(m1 || m2);
    const yearText = y1 || y2 || '';
    const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    found.push({ index: match.index, text: match.text, day, month, year });
  }
  for (const match of matchesIn(block, YEAR_MONTH_DAY)) {
    const [year, , month, day] = match.groups.map(Number) as [number, number, number, number];
    found.push({ index: match.index, text: match.text, day, month, year });
  }
  return found
    .filter(({ day, month }) => day >= 1 && day <= 31 && ((month >= 1 && month <= 12) || (day <= 12 && month <= 31)))
    .map(({ index, text, day, month, year }) => {
      const inFull = month >= 1 && month <= 12 ? `${day} ${MONTH_NAMES[month - 1]} ${year}` : undefined;
      return {
        rule: 'dates',
        ...at(block, index, file),
        message: `The date "${text}" is written in numbers. People read dates in numbers in different ways, and screen readers read them out as numbers.`,
        found: text,
        expected: inFull ?? 'the day, the month in full and the year, like "19 August 2025"',
        fix: inFull ? `Write "${inFull}".` : 'Write the day, the month in full and the year, like "19 August 2025".',
        severity: 'error',
      } satisfies StyleProblem;
    });
}

// ─── months ─────────────────────────────────────────────────────────────────

const SHORT_MONTH = /(?<![\p{L}\p{N}])(jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(\.?)(?![\p{L}\p{N}])/giu;
const SHORT_MONTH_ALONE = /^(jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)$/i;

/**
 * "Mar", "Jan" and "Dec" are also words and names, so a short month name is
 * only reported when it is used as a month: next to a number ("19 Aug",
 * "Aug 2025") or in a range of months ("Jan to Mar").
 */
function monthProblems(block: ProseBlock, file: string): StyleProblem[] {
  const problems: StyleProblem[] = [];
  for (const match of matchesIn(block, SHORT_MONTH)) {
    const [name = '', dot = ''] = match.groups;
    const before = block.text.slice(0, match.index);
    const after = block.text.slice(match.index + name.length + dot.length);
    const previousWord = /([\p{L}]+)\.?\s*(?:to|and|-|–|—)\s*$/u.exec(before)?.[1] ?? '';
    const nextWord = /^\s*(?:to|and|-|–|—)\s*([\p{L}]+)/u.exec(after)?.[1] ?? '';
    const usedAsMonth =
      /\p{N}(?:st|nd|rd|th)?[\s/-]*$/u.test(before) ||
      /^[\s/-]*\p{N}/u.test(after) ||
      SHORT_MONTH_ALONE.test(previousWord) ||
      SHORT_MONTH_ALONE.test(nextWord);
    if (!usedAsMonth) continue;
    const full = SHORT_MONTH_NAMES[name.toLowerCase()]!;
    problems.push({
      rule: 'months',
      ...at(block, match.index, file),
      message: `"${name}" is a shortened month. Screen readers read shortened months out in different and confusing ways.`,
      found: name,
      expected: full,
      fix: `Write the month in full: "${full}".`,
      severity: 'error',
    });
  }
  return problems;
}

// ─── times ──────────────────────────────────────────────────────────────────

// 2pm, 2 pm, 2PM, 2.30pm, 2:30 p.m., 12noon, 12 midnight
// (A full stop after "am" ends the sentence; after "a.m" it belongs to the time.)
const TIME_WITH_SUFFIX = /(?<![\p{L}\p{N}:.,£$])(\d{1,2})(?:([:.])(\d{2}))?(\s*)(a\.m\.?|am|p\.m\.?|pm|noon|midday|midnight)(?![\p{L}\p{N}])/giu;
// 14:00, 09:30, 9:30 (no am or pm after it)
const CLOCK_TIME = /(?<![\p{L}\p{N}:.,£$])(\d{1,2}):(\d{2})(?![\p{N}:]|\s*(?:a\.?m|p\.?m)(?![\p{L}]))/giu;
// 1730hrs, 17:30 hrs
const HOURS_TIME = /(?<![\p{L}\p{N}:.,])(\d{2}):?(\d{2})\s?hrs?(?![\p{L}\p{N}])/giu;
// 2-4pm, 9am – 5pm, 10.30am-12pm
const TIME_RANGE = /(?<![\p{L}\p{N}:.,£$])(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*[-–—]\s*(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)(?![\p{L}\p{N}])/giu;

/** A time in NHS style: "2pm", "2:30pm", "midday", "midnight". */
function nhsTime(hour: number, minutes: number, period: 'am' | 'pm'): string {
  if (hour === 12 && minutes === 0) return period === 'pm' ? 'midday' : 'midnight';
  return `${hour}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}${period}`;
}

function fromClock(hours: number, minutes: number): string {
  if ((hours === 0 || hours === 24) && minutes === 0) return 'midnight';
  const period = hours >= 12 && hours < 24 ? 'pm' : 'am';
  return nhsTime(hours % 12 || 12, minutes, period);
}

function timeProblems(block: ProseBlock, file: string): StyleProblem[] {
  const problems: StyleProblem[] = [];
  const covered: Array<[number, number]> = [];
  const report = (index: number, text: string, expected: string, message: string) => {
    if (covered.some(([start, end]) => index >= start && index < end)) return;
    covered.push([index, index + text.length]);
    problems.push({
      rule: 'times',
      ...at(block, index, file),
      message,
      found: text,
      expected,
      fix: `Write "${expected}".`,
      severity: 'error',
    });
  };

  // Ranges first, so "2-4pm" is one problem rather than two.
  for (const match of matchesIn(block, TIME_RANGE)) {
    const [h1, m1, p1, h2, m2, p2] = match.groups;
    const toPeriod = (p: string) => (p.toLowerCase().startsWith('a') ? 'am' : 'pm');
    const endHour = Number(h2);
    const endPeriod = toPeriod(p2 ?? 'pm');
    const startHour = Number(h1);
    if (startHour < 1 || startHour > 12 || endHour < 1 || endHour > 12) continue;
    // "11-1pm" starts in the morning; "2-4pm" does not.
    const startPeriod = p1
      ? toPeriod(p1)
      : endPeriod === 'pm' && (startHour > endHour || endHour === 12) && startHour !== 12
        ? 'am'
        : endPeriod;
    const expected = `${nhsTime(startHour, Number(m1 || 0), startPeriod)} to ${nhsTime(endHour, Number(m2 || 0), endPeriod)}`;
    report(match.index, match.text, expected, `Write time ranges with "to", not a dash: "${match.text}". A dash is read out in different ways by screen readers.`);
  }

  for (const match of matchesIn(block, TIME_WITH_SUFFIX)) {
    const [hourText = '', separator, minuteText, space, suffix = ''] = match.groups;
    const hour = Number(hourText);
    const minutes = Number(minuteText || 0);
    const word = suffix.toLowerCase().replace(/\./g, '');
    if (word === 'noon' || word === 'midday' || word === 'midnight') {
      if (hour !== 12 || minuteText) continue;
      const expected = word === 'midnight' ? 'midnight' : 'midday';
      report(match.index, match.text, expected, `Write "${expected}" on its own, not "${match.text}".`);
      continue;
    }
    if (hour < 1 || hour > 12 || minutes > 59) {
      if (covered.some(([start, end]) => match.index >= start && match.index < end)) continue;
      covered.push([match.index, match.index + match.text.length]);
      problems.push({
        rule: 'times',
        ...at(block, match.index, file),
        message: `"${match.text}" is not a time on the 12-hour clock.`,
        found: match.text,
        expected: 'an hour from 1 to 12 with am or pm, like "2:30pm"',
        fix: 'Check the time and write it with am or pm, like "2pm" or "2:30pm".',
        severity: 'error',
      });
      continue;
    }
    const period = word as 'am' | 'pm';
    const expected = nhsTime(hour, minutes, period);
    if (match.text === expected) continue;
    const reasons =
      hour === 12 && minutes === 0
        ? ['People confuse 12am and 12pm, so the NHS writes "midday" and "midnight".']
        : [
            separator === '.' ? 'Use a colon between the hours and minutes.' : '',
            minuteText === '00' ? 'Leave out ":00" for times on the hour.' : '',
            space ? 'Do not put a space before am or pm.' : '',
            suffix !== word ? 'Write am and pm in lower case, without full stops.' : '',
          ].filter(Boolean);
    report(match.index, match.text, expected, `"${match.text}" is not how the NHS writes times. ${reasons.join(' ')}`);
  }

  for (const match of matchesIn(block, HOURS_TIME)) {
    const hours = Number(match.groups[0]);
    const minutes = Number(match.groups[1]);
    if (hours > 24 || minutes > 59) continue;
    report(match.index, match.text, fromClock(hours, minutes), `"${match.text}" uses the 24-hour clock. Write times with am or pm.`);
  }

  for (const match of matchesIn(block, CLOCK_TIME)) {
    const [hourText = '', minuteText = ''] = match.groups;
    const hours = Number(hourText);
    const minutes = Number(minuteText);
    if (hours > 24 || minutes > 59) continue;
    const twentyFourHour = hours === 0 || hours > 12 || hourText.startsWith('0') || (hours === 12 && minutes === 0);
    if (twentyFourHour) {
      report(match.index, match.text, fromClock(hours, minutes), `"${match.text}" uses the 24-hour clock. Write times with am or pm.`);
    } else {
      const morning = nhsTime(hours, minutes, 'am');
      const afternoon = nhsTime(hours, minutes, 'pm');
      problems.push({
        rule: 'times',
        ...at(block, match.index, file),
        message: `"${match.text}" does not say whether it is in the morning or the afternoon.`,
        found: match.text,
        expected: `${morning} or ${afternoon}`,
        fix: `Write "${morning}" or "${afternoon}".`,
        severity: 'error',
      });
    }
  }
  return problems;
}

// ─── link text ──────────────────────────────────────────────────────────────

/**
 * Screen reader users often move from link to link, hearing only the link
 * text, so "click here" tells them nothing. Checks Markdown links, the text of
 * <ActionLink> and the heading of <Card> (the heading is the card's link).
 * https://service-manual.nhs.uk/content/links
 */
function linkTextProblems(tree: Root, file: string): StyleProblem[] {
  const problems: StyleProblem[] = [];
  // `what` names the text in the message: "The link text", "The card heading".
  const check = (node: Nodes, text: string, what: string) => {
    const words = text.replace(/\s+/g, ' ').trim();
    const normal = words.toLowerCase().replace(/[\s.:!…>»→]+$/u, '');
    if (normal !== '' && !VAGUE_LINK_TEXT.has(normal)) return;
    problems.push({
      rule: 'link-text',
      ...positionOf(node, file),
      message:
        normal === ''
          ? `${what} is empty, so nobody can tell where the link goes.`
          : `${what} "${words}" does not say where the link goes. People using screen readers often hear the links on a page without the words around them.`,
      found: normal === '' ? 'no link text' : words,
      expected: 'words that say where the link goes',
      fix: 'Make the link say where it goes, for example "[find a rehabilitation class near you](/classes)" instead of "click [here](/classes)".',
      severity: 'error',
    });
  };
  visit(tree, (node) => {
    if (node.type === 'code' || node.type === 'yaml') return SKIP;
    if (node.type === 'link' || node.type === 'linkReference') {
      check(node, toString(node), 'The link text');
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'ActionLink') {
      check(node, toString(node), 'The action link text');
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Card') {
      const heading = attributeOf(node, 'heading');
      if (typeof heading?.value === 'string') check(node, heading.value, 'The card heading (which is the card’s link)');
    }
    return undefined;
  });
  return problems;
}

// ─── abbreviations ──────────────────────────────────────────────────────────

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
function abbreviationProblems(blocks: ProseBlock[], file: string): StyleProblem[] {
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
  return url !== undefined && /^\/glossary(?:[/#?]|$)/.test(url);
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

// ─── images ─────────────────────────────────────────────────────────────────

/** https://www.w3.org/WAI/WCAG22/Understanding/non-text-content */
function imageAltProblems(tree: Root, file: string): StyleProblem[] {
  const problems: StyleProblem[] = [];
  const report = (node: Nodes, found: string, fix: string) =>
    problems.push({
      rule: 'image-alt',
      ...positionOf(node, file),
      message: 'This image has no alt text, so people who cannot see it will not know what it shows.',
      found,
      expected: 'a short description of what the image shows',
      fix,
      severity: 'error',
    });
  visit(tree, (node) => {
    if ((node.type === 'image' || node.type === 'imageReference') && !node.alt?.trim()) {
      report(
        node,
        'an image with empty square brackets',
        'Describe the image in the square brackets, for example ![A physiotherapist helping a man stretch his shoulder](/images/stretch.jpg).',
      );
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img') {
      const alt = attributeOf(node, 'alt');
      // alt={…} cannot be read without running it; the MDX allow-list reports {…} in props.
      if (!alt || alt.value === null || alt.value === undefined || (typeof alt.value === 'string' && !alt.value.trim())) {
        report(
          node,
          alt ? '<img> with an empty alt' : '<img> without alt',
          'Describe the image in alt="…", for example alt="A physiotherapist helping a man stretch his shoulder".',
        );
      }
    }
  });
  return problems;
}

// ─── headings ───────────────────────────────────────────────────────────────

/**
 * The page title (from the frontmatter) is the only h1, so the body starts at
 * `##` and goes down one level at a time. Screen reader users move around a
 * page by its headings; a skipped level looks like missing content.
 * https://www.w3.org/WAI/tutorials/page-structure/headings/
 */
function headingProblems(tree: Root, file: string): StyleProblem[] {
  const problems: StyleProblem[] = [];
  let previous = 1;
  visit(tree, 'heading', (node) => {
    const hashes = (depth: number) => '#'.repeat(depth);
    const text = toString(node).trim();
    if (node.depth === 1) {
      problems.push({
        rule: 'heading-levels',
        ...positionOf(node, file),
        message: `"# ${text}" is a main heading, but the page title is already the main heading.`,
        found: `# ${text}`,
        expected: `## ${text}`,
        fix: 'Start headings in the page at ## (two hashes). To change the page title, edit "title" in the frontmatter.',
        severity: 'error',
      });
    } else if (node.depth > previous + 1) {
      const level = previous + 1;
      problems.push({
        rule: 'heading-levels',
        ...positionOf(node, file),
        message: `This heading skips a level: it is ${hashes(node.depth)} but the heading before it is ${hashes(previous)}${previous === 1 ? ' (the page title)' : ''}.`,
        found: `${hashes(node.depth)} ${text}`,
        expected: `${hashes(level)} ${text}`,
        fix: `Change it to ${hashes(level)}, or add the missing ${hashes(level)} heading above it.`,
        severity: 'error',
      });
    }
    previous = node.depth;
  });
  return problems;
}
