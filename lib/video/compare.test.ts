import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { captionText, compareCaptionsWithTranscript, transcriptText } from './compare';
import { parseWebVtt } from './webvtt';

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/video/${name}`, import.meta.url), 'utf8');
const exampleCues = parseWebVtt(fixture('example.vtt')).cues;

test('finds no difference when captions and transcript say the same words', () => {
  expect(compareCaptionsWithTranscript(exampleCues, fixture('transcript.md'))).toBeUndefined();
  expect(captionText(exampleCues)).toBe(transcriptText(fixture('transcript.md')));
});

test('gives the first differing word with its line in each file', () => {
  const difference = compareCaptionsWithTranscript(exampleCues, fixture('transcript-different.md'));
  expect(difference).toEqual({
    index: 12,
    captions: { text: 'care', line: 13 },
    transcript: { text: 'nurse', line: 7 },
    message:
      'After "you can ask your", the captions say "care" (captions line 13) but the transcript says "nurse" (transcript line 7).',
  });
});

test('says which one ends first', () => {
  const shorter = compareCaptionsWithTranscript(exampleCues.slice(0, 2), fixture('transcript.md'));
  expect(shorter).toMatchObject({ index: 10, transcript: { text: 'ask', line: 7 } });
  expect(shorter?.captions).toBeUndefined();
  expect(shorter?.message).toContain('the captions have ended but the transcript says "ask"');
});

test('ignores case, punctuation, caption tags and entities', () => {
  const { cues } = parseWebVtt(
    'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Narrator>Fish &amp; <i>chips</i>, it’s “lovely”!</v>\n',
  );
  expect(captionText(cues)).toBe("fish chips it's lovely");
});

test('leaves headings, link addresses, images and comments out of the transcript', () => {
  const markdown = [
    '---',
    'title: not spoken',
    '---',
    '## A heading',
    '',
    'Read [the guide](https://example.org/guide) now. ![A chart](/chart.png)',
    '<!-- an editor note',
    'over two lines -->',
    '- **Bold** and _emphasis_ stay as words.',
  ].join('\n');
  expect(transcriptText(markdown)).toBe('read the guide now bold and emphasis stay as words');
});

test('leaves speaker labels out, as caption voice tags are', () => {
  const { cues } = parseWebVtt('WEBVTT\n\n00:01.000 --> 00:02.000\n<v Sam Jones>It helped me.</v>\n');
  expect(transcriptText('**Sam Jones:** It helped me.')).toBe(captionText(cues));
  expect(transcriptText('**Sam Jones**: It helped me.')).toBe('it helped me');
  expect(transcriptText('It was **really**: good.')).toBe('it was really good');
});
