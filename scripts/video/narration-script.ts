import { z } from 'zod';
import type { Problem } from '../../lib/problems/content-error';
import { nonEmptyText } from '../../lib/schemas/common';
import { readYaml, zodProblems } from '../../lib/problems/yaml-source';

/**
 * `content/videos/<name>/script.yaml`: the slides and narration that
 * scripts/make-video.sh turns into the explainer video, its captions and its
 * transcript. One caption cue per sentence, so the captions and the
 * transcript say exactly the words in this file.
 */

// Two lines of about 42 characters is the most a caption should hold
// (BBC subtitle guidelines: https://www.bbc.co.uk/accessibility/forproducts/guides/subtitles/).
export const maxSentenceLength = 90;
// The heading is drawn in large type on at most two lines of a 1280 × 720 slide.
export const maxHeadingLength = 44;
const headingLineLength = 22;

const sentenceText = nonEmptyText('a sentence').max(maxSentenceLength, {
  error: `A caption of more than ${maxSentenceLength} characters fills more than two lines on a phone.\nFix: split it into two shorter sentences.`,
});

const sentenceSchema = z.union(
  [
    sentenceText,
    z.strictObject({
      text: sentenceText,
      /** The same sentence spelt the way the speech synthesiser says it right ("limfa deema"). */
      say: nonEmptyText('how the voice should say the sentence'),
    }),
  ],
  {
    error:
      'Expected a sentence, or "text:" with the sentence and "say:" with how the voice should pronounce it.\nFix: write the sentence as plain text, or give both "text" and "say".',
  },
);

export const narrationScriptSchema = z.strictObject({
  slides: z
    .array(
      z.strictObject({
        heading: nonEmptyText('a heading')
          .max(maxHeadingLength, { error: headingMessage() })
          .refine((heading) => wrapHeading(heading).length <= 2, { error: headingMessage() }),
        narration: z
          .array(sentenceSchema, { error: 'Expected a list of sentences.\nFix: write each sentence on its own line starting "- ".' })
          .min(1, { error: 'A slide needs at least one sentence of narration.\nFix: add what the voice says while it is shown.' })
          .max(4, { error: 'A slide should have at most four sentences.\nFix: split it into two slides.' }),
      }),
      { error: 'Expected a list of slides.\nFix: start each slide with "- heading:", then "narration:" and its sentences.' },
    )
    .min(1, { error: 'The script has no slides.\nFix: add at least one slide with a heading and narration.' }),
});

function headingMessage() {
  return `The heading is too long to show in large type on two lines.\nFix: keep it to a few short words (at most ${maxHeadingLength} characters).`;
}

export type NarrationScript = z.infer<typeof narrationScriptSchema>;

/** One sentence: one caption cue and one stretch of speech. */
export type NarrationCue = {
  /** Index of its slide (0-based). */
  slide: number;
  /** What the captions and the transcript show. */
  text: string;
  /** What the speech synthesiser is given. */
  say: string;
};

export function parseNarrationScript(input: { file: string; yamlText: string }): {
  script?: NarrationScript;
  problems: Problem[];
} {
  const source = readYaml(input.yamlText, input.file);
  if (source.problems.length) return { problems: source.problems };
  const result = narrationScriptSchema.safeParse(source.data);
  return result.success ? { script: result.data, problems: [] } : { problems: zodProblems(result.error, source) };
}

/** Every sentence in order, with the slide it belongs to. */
export function narrationCues(script: NarrationScript): NarrationCue[] {
  return script.slides.flatMap((slide, index) =>
    slide.narration.map((sentence) =>
      typeof sentence === 'string'
        ? { slide: index, text: sentence, say: sentence }
        : { slide: index, text: sentence.text, say: sentence.say },
    ),
  );
}

/** The transcript: a "## heading" per slide, then its narration as one paragraph. */
export function buildTranscript(script: NarrationScript): string {
  const cues = narrationCues(script);
  return (
    script.slides
      .map((slide, index) => {
        const paragraph = cues
          .filter((cue) => cue.slide === index)
          .map((cue) => cue.text)
          .join(' ');
        return `## ${slide.heading}\n\n${paragraph}\n`;
      })
      .join('\n')
  );
}

/** The heading broken into lines that fit the slide, at spaces. */
export function wrapHeading(heading: string, width = headingLineLength): string[] {
  const lines: string[] = [];
  for (const word of heading.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * video.yaml with its top-level `duration:` set, leaving every other line
 * (and the editor's comments) as it was. Throws if there is not exactly one
 * such line, rather than guessing.
 */
export function setDuration(yamlText: string, duration: string): string {
  const pattern = /^duration:.*$/gm;
  const count = yamlText.match(pattern)?.length ?? 0;
  if (count !== 1) {
    throw new Error(`Expected one line starting "duration:" in video.yaml, found ${count}.`);
  }
  return yamlText.replace(pattern, `duration: ${duration}`);
}
