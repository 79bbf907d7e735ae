import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test, vi } from 'vitest';
import type * as Gateway from '@/lib/content';
import { formatProblem } from '../problems/content-error';
import { mp4DurationSeconds } from '../../scripts/video/mp4';
import { buildTranscript, narrationCues, parseNarrationScript } from '../../scripts/video/narration-script';
import { captionText, compareCaptionsWithTranscript, transcriptText } from './compare';
import type { Video } from './parse';

// The real, committed videos (content/videos/) and their files in public/,
// read through the content gateway as the build reads them.

let videos: Array<[string, Video]>;

beforeAll(async () => {
  delete process.env.CONTENT_DIR;
  vi.resetModules();
  const content: typeof Gateway = await import('@/lib/content');
  const { problems } = content.loadContent();
  expect(problems.filter((problem) => problem.file.startsWith('content/videos/')).map(formatProblem)).toEqual([]);
  videos = [...content.getVideos()];
});

type SelfHosted = Video & { source: Extract<Video['source'], { type: 'self-hosted' }> };
const selfHosted = () =>
  videos.filter((entry): entry is [string, SelfHosted] => entry[1].source.type === 'self-hosted');
/** Videos made by scripts/make-video.sh from a script.yaml beside video.yaml. */
const scriptFile = (id: string) => path.resolve('content/videos', id, 'script.yaml');

test('the awareness video is on the site, with a transcript', () => {
  const awareness = new Map(videos).get('awareness');
  expect(awareness).toBeDefined();
  expect(awareness!.transcriptMarkdown.trim()).not.toBe('');
});

// Each check below runs over every self-hosted video; YouTube serves its own
// captions and file, so there is nothing here to compare for those.
test('every self-hosted video: the captions and the transcript say the same words', () => {
  expect(selfHosted().length).toBeGreaterThan(0);
  for (const [id, video] of selfHosted()) {
    expect(captionText(video.captions), id).toBe(transcriptText(video.transcriptMarkdown));
    expect(compareCaptionsWithTranscript(video.captions, video.transcriptMarkdown), id).toBeUndefined();
  }
});

test('every self-hosted video: the duration matches the last caption and the MP4 file', () => {
  for (const [id, video] of selfHosted()) {
    // The last caption ends within the video (the duration is rounded to the second).
    expect(video.captions.at(-1)!.end, id).toBeLessThanOrEqual(video.durationSeconds + 0.5);
    const fileSeconds = mp4DurationSeconds(readFileSync(path.resolve(`public${video.source.mp4}`)));
    expect(fileSeconds, id).toBeDefined();
    expect(Math.abs(fileSeconds! - video.durationSeconds), id).toBeLessThanOrEqual(1);
  }
});

test('a video made from a script.yaml is self-hosted, ends with its last caption and matches the script', () => {
  const made = videos.filter(([id]) => existsSync(scriptFile(id)));
  for (const [id, video] of made) {
    // script.yaml is only for the explainer scripts/make-video.sh renders (docs/video.md).
    expect(video.source.type, id).toBe('self-hosted');
    expect(video.durationSeconds - video.captions.at(-1)!.end, id).toBeLessThan(5);
    const file = path.relative(process.cwd(), scriptFile(id));
    const { script, problems } = parseNarrationScript({ file, yamlText: readFileSync(scriptFile(id), 'utf8') });
    expect(problems.map(formatProblem)).toEqual([]);
    // If these fail, script.yaml was edited and scripts/make-video.sh has not been run since.
    expect(video.transcriptMarkdown, id).toBe(buildTranscript(script!));
    expect(video.captions.map((cue) => cue.text), id).toEqual(narrationCues(script!).map((cue) => cue.text));
  }
});

test('every self-hosted video’s files add up to less than 3 MB', () => {
  for (const [id, video] of selfHosted()) {
    const { webm, mp4, captions, poster } = video.source;
    const bytes = [webm, mp4, captions, poster]
      .filter((file): file is string => typeof file === 'string')
      .reduce((total, file) => total + statSync(path.resolve(`public${file}`)).size, 0);
    expect(bytes, id).toBeLessThan(3 * 1024 * 1024);
  }
});
