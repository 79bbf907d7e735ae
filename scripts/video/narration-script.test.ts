import { expect, test } from 'vitest';
import { buildTranscript, narrationCues, parseNarrationScript, setDuration, wrapHeading } from './narration-script';

const file = 'content/videos/example/script.yaml';
const yamlText = `slides:
  - heading: What it is
    narration:
      - First sentence.
      - text: Lymphoedema practitioners help.
        say: Limfa deema practitioners help.
  - heading: How to ask
    narration:
      - Ask your care team.
`;

test('reads slides, and speaks a sentence as "say" when it is given', () => {
  const { script, problems } = parseNarrationScript({ file, yamlText });
  expect(problems).toEqual([]);
  expect(narrationCues(script!)).toEqual([
    { slide: 0, text: 'First sentence.', say: 'First sentence.' },
    { slide: 0, text: 'Lymphoedema practitioners help.', say: 'Limfa deema practitioners help.' },
    { slide: 1, text: 'Ask your care team.', say: 'Ask your care team.' },
  ]);
});

test('builds a transcript with a heading per slide and the shown text, not the spoken spelling', () => {
  const { script } = parseNarrationScript({ file, yamlText });
  expect(buildTranscript(script!)).toBe(
    '## What it is\n\nFirst sentence. Lymphoedema practitioners help.\n\n## How to ask\n\nAsk your care team.\n',
  );
});

test('reports a sentence too long for a caption, with its line', () => {
  const long = yamlText.replace('Ask your care team.', 'Ask your care team. '.repeat(5).trim());
  const { problems } = parseNarrationScript({ file, yamlText: long });
  expect(problems).toEqual([
    expect.objectContaining({ file, line: 9, field: 'slides[1].narration[0]', message: expect.stringContaining('more than two lines') }),
  ]);
});

test('reports a slide without narration and a "say" without "text"', () => {
  const bad = `slides:
  - heading: Empty
    narration: []
  - heading: Half
    narration:
      - say: Only how to say it.
`;
  const { problems } = parseNarrationScript({ file, yamlText: bad });
  expect(problems.map((problem) => [problem.field, problem.line])).toEqual([
    ['slides[0].narration', 3],
    ['slides[1].narration[0]', 6],
  ]);
});

test('wraps a heading onto lines at spaces', () => {
  expect(wrapHeading('Cancer rehabilitation')).toEqual(['Cancer rehabilitation']);
  expect(wrapHeading('Who can have cancer rehabilitation')).toEqual(['Who can have cancer', 'rehabilitation']);
});

test('sets the duration line and keeps every other line', () => {
  const yaml = '# A comment\ntitle: A video\nduration: PT1M\nsource:\n  duration: not this one\n';
  expect(setDuration(yaml, 'PT1M53S')).toBe('# A comment\ntitle: A video\nduration: PT1M53S\nsource:\n  duration: not this one\n');
  expect(() => setDuration('title: A video\n', 'PT1M')).toThrow('found 0');
});
