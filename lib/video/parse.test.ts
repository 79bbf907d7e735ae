import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseVideo, type ParseVideoInput } from './parse';

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/video/${name}`, import.meta.url), 'utf8');

const file = 'content/videos/example/video.yaml';
const allPublicFiles = new Set([
  '/video/example.webm',
  '/video/example.mp4',
  '/video/example.en.vtt',
  '/video/example-poster.jpg',
]);

function input(yamlFixture: string, overrides: Partial<ParseVideoInput> = {}): ParseVideoInput {
  return {
    file,
    yamlText: fixture(yamlFixture),
    transcriptText: fixture('transcript.md'),
    captionsText: fixture('example.vtt'),
    publicFileExists: (publicPath) => allPublicFiles.has(publicPath),
    ...overrides,
  };
}

test('reads a self-hosted video with its captions and transcript', () => {
  const { video, problems } = parseVideo(input('self-hosted.yaml'));
  expect(problems).toEqual([]);
  expect(video).toMatchObject({
    title: 'What is cancer rehabilitation?',
    duration: 'PT10S',
    durationSeconds: 10,
    uploadDate: '2026-11-21',
    source: { type: 'self-hosted', captions: '/video/example.en.vtt', poster: '/video/example-poster.jpg' },
    transcript: 'transcript.md',
    transcriptFile: 'content/videos/example/transcript.md',
    transcriptMarkdown: fixture('transcript.md'),
  });
  expect(video?.captions).toHaveLength(3);
});

test('reads a YouTube video, which needs no captions file', () => {
  const { video, problems } = parseVideo(input('youtube.yaml', { captionsText: undefined }));
  expect(problems).toEqual([]);
  expect(video?.source).toEqual({ type: 'youtube', id: 'aBc12-_XyZ9', poster: '/video/example-poster.jpg' });
  expect(video?.captions).toEqual([]);
});

test('reports a missing captions file, naming the video file and the missing path', () => {
  const { video, problems } = parseVideo(input('self-hosted.yaml', { captionsText: undefined }));
  expect(video).toBeUndefined();
  expect(problems).toEqual([
    expect.objectContaining({
      file,
      line: 15,
      field: 'source.captions',
      message: 'The captions file "public/video/example.en.vtt" does not exist.',
    }),
  ]);
});

test('reports a missing transcript file, naming the video file and the missing path', () => {
  const { video, problems } = parseVideo(input('youtube.yaml', { transcriptText: undefined }));
  expect(video).toBeUndefined();
  expect(problems).toEqual([
    expect.objectContaining({
      file,
      line: 15,
      field: 'transcript',
      message: 'The transcript file "content/videos/example/transcript.md" does not exist.',
    }),
  ]);
});

test('reports an empty transcript in the transcript file', () => {
  const { problems } = parseVideo(input('self-hosted.yaml', { transcriptText: '## Only a heading\n' }));
  expect(problems).toEqual([
    expect.objectContaining({ file: 'content/videos/example/transcript.md', message: 'The transcript is empty.' }),
  ]);
});

test('reports a duration that is not ISO 8601, with what YAML made of it', () => {
  const { video, problems } = parseVideo(input('bad-duration.yaml'));
  expect(video).toBeUndefined();
  expect(problems).toEqual([
    expect.objectContaining({
      file,
      line: 3,
      field: 'duration',
      message: expect.stringContaining('ISO 8601 form, such as "PT1M45S"'),
      // YAML 1.1 reads an unquoted 1:45 as sexagesimal: 1 × 60 + 45.
      found: 'the number 105',
      fix: expect.stringContaining('"PT50S"'),
    }),
  ]);
});

test('reports an unknown field with its line', () => {
  const { problems } = parseVideo(input('unknown-field.yaml'));
  expect(problems).toEqual([
    expect.objectContaining({ file, line: 18, field: 'length', message: 'Unknown field "length".' }),
  ]);
});

test('reports a YouTube source without an id', () => {
  const { video, problems } = parseVideo(input('youtube-without-id.yaml'));
  expect(video).toBeUndefined();
  expect(problems).toEqual([
    expect.objectContaining({
      file,
      field: 'source.id',
      message: expect.stringContaining('11-character YouTube video id'),
      found: 'nothing (the field is missing)',
    }),
  ]);
});

test('reports a YouTube id that is a whole web address', () => {
  const yamlText = fixture('youtube.yaml').replace('id: aBc12-_XyZ9', 'id: https://youtu.be/aBc12-_XyZ9');
  const { problems } = parseVideo(input('youtube.yaml', { yamlText }));
  expect(problems).toEqual([expect.objectContaining({ field: 'source.id', line: 13 })]);
});

test('reports an unknown source type', () => {
  const yamlText = fixture('youtube.yaml').replace('type: youtube', 'type: vimeo');
  const { problems } = parseVideo(input('youtube.yaml', { yamlText }));
  expect(problems).toEqual([
    expect.objectContaining({ field: 'source.type', message: expect.stringContaining('"type: self-hosted"') }),
  ]);
});

test('reports captions with errors at their own file and line', () => {
  const { problems } = parseVideo(input('self-hosted.yaml', { captionsText: fixture('bad-cues.vtt') }));
  expect(problems.map((problem) => `${problem.file}:${problem.line}`)).toEqual([
    'public/video/example.en.vtt:6',
    'public/video/example.en.vtt:9',
    'public/video/example.en.vtt:12',
    'public/video/example.en.vtt:15',
    'public/video/example.en.vtt:17',
    'public/video/example.en.vtt:20',
  ]);
});

test('reports each missing media file and poster', () => {
  const { problems } = parseVideo(input('self-hosted.yaml', { publicFileExists: (path) => path.endsWith('.vtt') }));
  expect(problems.map((problem) => [problem.field, problem.message])).toEqual([
    ['source.poster', 'The poster image "public/video/example-poster.jpg" does not exist.'],
    ['source.webm', 'The WebM video file "public/video/example.webm" does not exist.'],
    ['source.mp4', 'The MP4 video file "public/video/example.mp4" does not exist.'],
  ]);
});

test('reports captions that run past the end of the video', () => {
  const yamlText = fixture('self-hosted.yaml').replace('duration: PT10S', 'duration: PT8S');
  const { problems } = parseVideo(input('self-hosted.yaml', { yamlText }));
  expect(problems).toEqual([
    expect.objectContaining({
      field: 'duration',
      line: 3,
      message: 'The captions run to 00:00:09.500, after the end of the video (duration PT8S).',
    }),
  ]);
});

test('reports review dates out of order or more than three years apart', () => {
  const early = fixture('self-hosted.yaml').replace('nextReview: "2027-11-21"', 'nextReview: "2026-11-01"');
  const late = fixture('self-hosted.yaml').replace('nextReview: "2027-11-21"', 'nextReview: "2029-11-22"');
  expect(parseVideo(input('self-hosted.yaml', { yamlText: early })).problems).toEqual([
    expect.objectContaining({ field: 'nextReview', line: 6, message: expect.stringContaining('must come after') }),
  ]);
  expect(parseVideo(input('self-hosted.yaml', { yamlText: late })).problems).toEqual([
    expect.objectContaining({ field: 'nextReview', message: expect.stringContaining('more than three years') }),
  ]);
});

test('reports an unquoted date and a description over 160 characters', () => {
  const yamlText = fixture('self-hosted.yaml')
    .replace('uploadDate: "2026-11-21"', 'uploadDate: 2026-11-21')
    .replace('description: A short test video.', `description: ${'A very long description. '.repeat(8)}`);
  const { problems } = parseVideo(input('self-hosted.yaml', { yamlText }));
  expect(problems.map((problem) => problem.field)).toEqual(['description', 'uploadDate']);
  expect(problems[1]!.fix).toContain('"2026-11-21"');
});

test('reports YAML that cannot be read', () => {
  const { problems } = parseVideo(input('self-hosted.yaml', { yamlText: 'title: [unclosed\n' }));
  expect(problems[0]).toMatchObject({ file, message: expect.stringContaining('not valid YAML') });
});
