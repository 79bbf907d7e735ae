import type { Nodes, Root } from 'mdast';
import type { Problem } from '../problems/content-error';
import { proseBlocks } from './prose';
import { urgentHelpPath } from '../urls';

/**
 * Pages that name a sign of a medical emergency must say where to get help
 * now. A worried reader who lands on a page about sepsis, swelling or a
 * crisis from a search engine has to be one tap from /urgent-help, not left
 * to look for it (GitHub issue 11). So every page that names one of these
 * topics links to /urgent-help, or carries its own urgent or emergency
 * CareCard; otherwise content:check stops with an error naming the first
 * mention.
 *
 * Sessions are plain text and cannot hold a link: their page shows the link
 * to /urgent-help by itself whenever `findRedFlag` finds a topic in the
 * session's text (components/whats-on/urgent-help-note.tsx), so they need no
 * check here.
 */

/** Where to get help urgently: the page this check asks for. */
export const URGENT_HELP_PATH = urgentHelpPath;

/**
 * The red-flag topics, each as the words people write for it. Whole words
 * only, in any case: "infection" and "infections", not "disinfectant".
 */
export const redFlagTopics: ReadonlyArray<{ topic: string; pattern: RegExp }> = [
  { topic: 'sepsis', pattern: /\b(?:sepsis|septic(?:aemia)?)\b/i },
  { topic: 'neutropenia', pattern: /\bneutropeni(?:a|c)\b/i },
  { topic: 'infection', pattern: /\binfect(?:ion|ions|ed)\b/i },
  { topic: 'a high or low temperature', pattern: /\b(?:fever|feverish|temperatures?)\b/i },
  { topic: 'swelling', pattern: /\b(?:swollen|swelling)\b/i },
  { topic: 'a blood clot', pattern: /\b(?:blood clots?|thrombosis|DVT)\b/i },
  { topic: 'diarrhoea', pattern: /\bdiarrh(?:oea|ea)\b/i },
  { topic: 'spinal cord compression', pattern: /\bspinal cord compression\b/i },
  { topic: 'a crisis', pattern: /\bcris[ie]s\b/i },
  { topic: 'suicide or self-harm', pattern: /\b(?:suicid(?:e|al)|self-harm(?:ing)?|harming yourself)\b/i },
];

/** The first red-flag topic in a piece of text, and where it starts. */
export function findRedFlag(text: string): { topic: string; index: number; words: string } | undefined {
  let first: { topic: string; index: number; words: string } | undefined;
  for (const { topic, pattern } of redFlagTopics) {
    const match = pattern.exec(text);
    if (match && (!first || match.index < first.index)) first = { topic, index: match.index, words: match[0] };
  }
  return first;
}

function isUrgentHelpLink(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  const path = url.split(/[?#]/, 1)[0]!.replace(/\/$/, '');
  return path === URGENT_HELP_PATH;
}

function attribute(node: Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>, name: string): unknown {
  const found = node.attributes.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
  return found?.type === 'mdxJsxAttribute' ? found.value : undefined;
}

/** True when the page links to /urgent-help or has an urgent or emergency CareCard. */
export function pointsToUrgentHelp(tree: Root): boolean {
  let found = false;
  const visit = (node: Nodes): void => {
    if (found) return;
    if (node.type === 'link' && isUrgentHelpLink(node.url)) found = true;
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (isUrgentHelpLink(attribute(node, 'href'))) found = true;
      const type = attribute(node, 'type');
      if (node.name === 'CareCard' && (type === 'urgent' || type === 'emergency')) found = true;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return found;
}

/** The words around a mention, so the editor can find it: "…fight infection. A serious…". */
function excerpt(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 30);
  const end = Math.min(text.length, index + length + 30);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
}

/** At most one problem per page: the first mention of a red flag on a page that does not point to /urgent-help. */
export function redFlagProblems(tree: Root, file: string): Problem[] {
  if (pointsToUrgentHelp(tree)) return [];
  for (const block of proseBlocks(tree)) {
    const flag = findRedFlag(block.text);
    if (!flag) continue;
    const { line, column } = block.positionAt(flag.index);
    return [
      {
        file,
        line,
        column,
        message: `This page mentions ${flag.topic}${flag.words.toLowerCase() === flag.topic ? '' : ` ("${flag.words}")`}, which can be a sign that someone needs help urgently, but it does not say where to get urgent help.`,
        expected: `a link to ${URGENT_HELP_PATH}, or a CareCard of type "urgent" or "emergency"`,
        found: excerpt(block.text, flag.index, flag.words.length),
        fix: `Add a link near this line, such as "[Find out when to get help urgently](${URGENT_HELP_PATH})". See "Urgent help" in docs/content-checks.md.`,
      },
    ];
  }
  return [];
}
