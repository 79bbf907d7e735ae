import type { Cue } from './webvtt';

/**
 * Captions and transcript must say the same words in the same order: a deaf
 * viewer and someone reading the transcript should get the same information.
 * Both are reduced to their spoken words (lower case, no punctuation, no
 * markup, no headings, no speaker names) and compared word by word.
 */

type Word = { text: string; line: number };

export type TextDifference = {
  /** Position of the first differing word (0-based). */
  index: number;
  /** The caption word there and its line in the captions file; missing when the captions end first. */
  captions?: Word;
  /** The transcript word there and its line in the transcript; missing when the transcript ends first. */
  transcript?: Word;
  /** The difference in plain English, with line numbers. */
  message: string;
};

// Letters and digits, keeping apostrophes inside words ("you're", "patient's").
const wordPattern = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

function wordsOf(text: string, line: number): Word[] {
  const normalised = text.normalize('NFKC').replace(/[\u2018\u2019\u02bc]/g, "'").toLowerCase();
  return [...normalised.matchAll(wordPattern)].map((match) => ({ text: match[0], line }));
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lrm;|&rlm;/g, '')
    .replace(/&amp;/g, '&');
}

function captionWords(cues: ReadonlyArray<Pick<Cue, 'text' | 'line'>>): Word[] {
  return cues.flatMap((cue) =>
    cue.text.split('\n').flatMap((text, offset) =>
      // Tags such as <v Speaker>, <i> and <00:00:01.000> are not spoken words.
      wordsOf(decodeEntities(text.replace(/<[^>]*>/g, ' ')), cue.line + 1 + offset),
    ),
  );
}

function transcriptWords(markdown: string): Word[] {
  const lines = markdown.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let inFrontmatter = lines[0]?.trim() === '---';
  let inComment = false;
  return lines.flatMap((raw, index) => {
    const line = index + 1;
    if (inFrontmatter) {
      if (index > 0 && raw.trim() === '---') inFrontmatter = false;
      return [];
    }
    let text = raw;
    if (inComment) {
      const close = text.indexOf('-->');
      if (close === -1) return [];
      inComment = false;
      text = text.slice(close + 3);
    }
    text = text.replace(/<!--.*?-->/g, ' ');
    const open = text.indexOf('<!--');
    if (open !== -1) {
      inComment = true;
      text = text.slice(0, open);
    }
    // Headings label the sections (one per slide); they are not spoken.
    if (/^\s{0,3}#{1,6}(\s|$)/.test(text)) return [];
    // Setext heading underlines and thematic breaks.
    if (/^\s{0,3}([-=*_])(\s*\1){2,}\s*$/.test(text)) return [];
    text = text
      // A speaker label ("**Narrator:**") matches a caption voice tag (<v Narrator>), which is not spoken either.
      .replace(/^\s*(?:[-*+]\s+|>\s*)?\*\*[^*]+?(?::\*\*|\*\*:)/, ' ')
      // Images say nothing; links keep their text, not their address.
      .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]*>/g, ' ');
    return wordsOf(decodeEntities(text), line);
  });
}

/** The spoken words of the captions, lower case, separated by single spaces. */
export function captionText(cues: ReadonlyArray<Pick<Cue, 'text' | 'line'>>): string {
  return captionWords(cues)
    .map((word) => word.text)
    .join(' ');
}

/** The spoken words of a transcript in Markdown (headings left out), lower case, separated by single spaces. */
export function transcriptText(markdown: string): string {
  return transcriptWords(markdown)
    .map((word) => word.text)
    .join(' ');
}

/**
 * The first place where the captions and the transcript say different words,
 * or undefined when they say the same words in the same order.
 */
export function compareCaptionsWithTranscript(
  cues: ReadonlyArray<Pick<Cue, 'text' | 'line'>>,
  markdown: string,
): TextDifference | undefined {
  const fromCaptions = captionWords(cues);
  const fromTranscript = transcriptWords(markdown);
  const length = Math.max(fromCaptions.length, fromTranscript.length);
  for (let index = 0; index < length; index++) {
    const captions = fromCaptions[index];
    const transcript = fromTranscript[index];
    if (captions?.text === transcript?.text) continue;

    const before = fromCaptions
      .slice(Math.max(0, index - 4), index)
      .map((word) => word.text)
      .join(' ');
    const where = before ? `After "${before}", the` : 'At the start, the';
    const captionsSay = captions ? `say "${captions.text}" (captions line ${captions.line})` : 'have ended';
    const transcriptSays = transcript
      ? `says "${transcript.text}" (transcript line ${transcript.line})`
      : 'has ended';
    return {
      index,
      ...(captions ? { captions } : {}),
      ...(transcript ? { transcript } : {}),
      message: `${where} captions ${captionsSay} but the transcript ${transcriptSays}.`,
    };
  }
  return undefined;
}
