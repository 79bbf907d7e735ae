import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { formatProblem } from '../problems/content-error';
import { captionText, compareCaptionsWithTranscript, transcriptText } from './compare';
import { mp4DurationSeconds } from '../../scripts/video/mp4';
import { buildTranscript, narrationCues, parseNarrationScript } from '../../scripts/video/narration-script';
import { parseVideo } from './parse';

// Invariants over the real, committed videos in content/videos/ and their files in public/.
const root = fileURLToPath(new URL('../../', import.meta.url));
const path = (file: string) => `${root}${file}`;
const read = (file: string) => (existsSync(path(file)) ? readFileSync(path(file), 'utf8') : undefined);

const ids = readdirSync(path('content/videos')).filter((id) => existsSync(path(`content/videos/${id}/video.yaml`)));

function loadVideo(id: string) {
  const folder = `content/videos/${id}`;
  const yamlText = read(`${folder}/video.yaml`)!;
  // Read the files video.yaml names, as the content gateway does.
  const transcript = /^transcript:\s*(\S+)/m.exec(yamlText)?.[1];
  const captions = /^\s+captions:\s*(\S+)/m.exec(yamlText)?.[1];
  const { video, problems } = parseVideo({
    file: `${folder}/video.yaml`,
    yamlText,
    transcriptText: transcript ? read(`${folder}/${transcript}`) : undefined,
    captionsText: captions ? read(`public${captions}`) : undefined,
    publicFileExists: (publicPath) => existsSync(path(`public${publicPath}`)),
  });
  expect(problems.map(formatProblem)).toEqual([]);
  return video!;
}

test('there is at least one video, the awareness video', () => {
  expect(ids).toContain('awareness');
});

test.each(ids)('video %s passes every check', (id) => {
  const video = loadVideo(id);
  expect(video.transcriptMarkdown.trim()).not.toBe('');
});

test.each(ids)('video %s: the captions and the transcript say the same words', (id) => {
  const video = loadVideo(id);
  // YouTube serves its own captions; there is nothing here to compare.
  if (video.source.type !== 'self-hosted') return;
  expect(captionText(video.captions)).toBe(transcriptText(video.transcriptMarkdown));
  expect(compareCaptionsWithTranscript(video.captions, video.transcriptMarkdown)).toBeUndefined();
});

test.each(ids)('video %s: the duration matches the last caption and the MP4 file', (id) => {
  const video = loadVideo(id);
  if (video.source.type !== 'self-hosted') return;
  // The last caption ends within the video (the duration is rounded to the second).
  expect(video.captions.at(-1)!.end).toBeLessThanOrEqual(video.durationSeconds + 0.5);
  const fileSeconds = mp4DurationSeconds(readFileSync(path(`public${video.source.mp4}`)));
  expect(fileSeconds).toBeDefined();
  expect(Math.abs(fileSeconds! - video.durationSeconds)).toBeLessThanOrEqual(1);
});

test('the awareness explainer ends with its last caption, not long after', () => {
  const video = loadVideo('awareness');
  if (video.source.type !== 'self-hosted' || video.source.captions !== '/video/awareness.en.vtt') return;
  expect(video.durationSeconds - video.captions.at(-1)!.end).toBeLessThan(5);
});

test('the awareness explainer is up to date with its script.yaml', () => {
  const video = loadVideo('awareness');
  const file = 'content/videos/awareness/script.yaml';
  // Only while the explainer made by scripts/make-video.sh is the video in use.
  if (video.source.type !== 'self-hosted' || video.source.captions !== '/video/awareness.en.vtt' || !read(file)) return;
  const { script, problems } = parseNarrationScript({ file, yamlText: read(file)! });
  expect(problems.map(formatProblem)).toEqual([]);
  // If these fail, script.yaml was edited and scripts/make-video.sh has not been run since.
  expect(video.transcriptMarkdown).toBe(buildTranscript(script!));
  expect(video.captions.map((cue) => cue.text)).toEqual(narrationCues(script!).map((cue) => cue.text));
});

test('the awareness explainer files add up to less than 3 MB', () => {
  const files = ['awareness.webm', 'awareness.mp4', 'awareness.en.vtt', 'awareness-poster.jpg'].filter((name) =>
    existsSync(path(`public/video/${name}`)),
  );
  const bytes = files.reduce((total, name) => total + statSync(path(`public/video/${name}`)).size, 0);
  expect(bytes).toBeLessThan(3 * 1024 * 1024);
});
