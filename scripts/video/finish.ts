import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../../lib/problems/content-error';
import { compareCaptionsWithTranscript } from '../../lib/video/compare';
import { formatIsoDuration } from '../../lib/video/duration';
import { parseVideo } from '../../lib/video/parse';
import { formatWebVtt } from '../../lib/video/webvtt';
import { fail, required } from './env';
import { buildTranscript, narrationCues, parseNarrationScript, setDuration } from './narration-script';

/**
 * Step 6 of scripts/make-video.sh: captions, transcript and duration from the
 * same timeline (WORK/timings.tsv), written into the staging folder OUT; then
 * the same checks as the site's content checks, so a broken result never
 * replaces a good one.
 */
const ROOT = required('ROOT');
const WORK = required('WORK');
const OUT = required('OUT');
const CONTENT_DIR = required('CONTENT_DIR');
const PUBLIC_DIR = required('PUBLIC_DIR');
const NAME = required('NAME');
const rate = Number(required('RATE'));

// Staged files win over the project's own, so the checks see the new result.
const read = (file: string) =>
  [join(OUT, file), join(ROOT, file)].filter((path) => existsSync(path)).map((path) => readFileSync(path, 'utf8'))[0];

const { script, problems: scriptProblems } = parseNarrationScript({
  file: `${CONTENT_DIR}/script.yaml`,
  yamlText: readFileSync(join(ROOT, CONTENT_DIR, 'script.yaml'), 'utf8'),
});
if (!script) fail(`${CONTENT_DIR}/script.yaml has problems:\n\n${scriptProblems.map(formatProblem).join('\n\n')}`);
const cues = narrationCues(script);
const timings = readFileSync(join(WORK, 'timings.tsv'), 'utf8').trim().split('\n').map((row) => row.split('\t').map(Number));
if (timings.length !== cues.length) fail('internal error: not every sentence was timed.');

// The real length of both files: they must agree with the plan, and the metadata gives it to the second.
const planned = Number(required('TOTAL_SAMPLES')) / rate;
for (const value of [Number(required('WEBM_SECONDS')), Number(required('MP4_SECONDS'))]) {
  if (!(Math.abs(value - planned) < 0.5)) fail(`a rendered file lasts ${value} seconds, not the ${planned} planned.`);
}
const duration = formatIsoDuration(planned);

const captionsPath = `/video/${NAME}.en.vtt`;
writeFileSync(
  join(OUT, PUBLIC_DIR, `${NAME}.en.vtt`),
  formatWebVtt(
    cues.map((cue, index) => ({
      start: timings[index]![1]! / rate,
      end: timings[index]![2]! / rate,
      text: cue.text,
    })),
  ),
);
writeFileSync(join(OUT, CONTENT_DIR, 'transcript.md'), buildTranscript(script));
const videoFile = `${CONTENT_DIR}/video.yaml`;
const before = readFileSync(join(ROOT, videoFile), 'utf8');
if (!before.includes(`captions: ${captionsPath}`)) {
  fail(`${videoFile} no longer points at ${captionsPath}: it shows another video now, so nothing was changed.`);
}
writeFileSync(join(OUT, videoFile), setDuration(before, duration));

const { video, problems } = parseVideo({
  file: videoFile,
  yamlText: read(videoFile)!,
  transcriptText: read(`${CONTENT_DIR}/transcript.md`),
  captionsText: read(`public${captionsPath}`),
  publicFileExists: (publicPath: string) =>
    existsSync(join(OUT, 'public', publicPath)) || existsSync(join(ROOT, 'public', publicPath)),
});
if (!video) fail(`the result does not pass the content checks:\n\n${problems.map(formatProblem).join('\n\n')}`);
const difference = compareCaptionsWithTranscript(video.captions, video.transcriptMarkdown);
if (difference) fail(`the captions and the transcript differ. ${difference.message}`);
console.log(`make-video: ${cues.length} captions on ${script.slides.length} slides; duration ${duration} (${planned} seconds).`);
