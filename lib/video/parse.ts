import { posix } from 'node:path';
import type { Problem } from '../problems/content-error';
import { readYaml, zodProblems } from '../problems/yaml-source';
import { transcriptText } from './compare';
import { formatIsoDuration, parseIsoDuration } from './duration';
import { videoSchema, type VideoMetadata } from './schema';
import { formatVttTimestamp, parseWebVtt, type Cue } from './webvtt';

/** A video that passed every check: its metadata plus what its page needs from the other files. */
export type Video = VideoMetadata & {
  /** `duration` in seconds. */
  durationSeconds: number;
  /** Path of the transcript from the project root, e.g. `content/videos/awareness/transcript.md`. */
  transcriptFile: string;
  /** The transcript's Markdown: a `## heading` per section, then what is said. */
  transcriptMarkdown: string;
  /** Caption cues of a self-hosted video; empty for YouTube, which serves its own. */
  captions: Cue[];
};

export type ParseVideoInput = {
  /** Path of video.yaml from the project root, e.g. `content/videos/awareness/video.yaml`. */
  file: string;
  yamlText: string;
  /** Text of the transcript file named in video.yaml; undefined when that file does not exist. */
  transcriptText?: string;
  /** Text of the captions file named in video.yaml (self-hosted); undefined when it does not exist. */
  captionsText?: string;
  /** Whether a file exists in public/, given its address on the site ("/video/awareness.webm"). */
  publicFileExists: (publicPath: string) => boolean;
};

/** Where a public address lives in the project, for messages: "/video/a.vtt" is "public/video/a.vtt". */
export function publicFilePath(publicPath: string): string {
  return `public${publicPath}`;
}

/**
 * Reads and checks one video's metadata and the files it names. Pure: the
 * content gateway reads the files and passes their text in. Reports every
 * problem it finds, not just the first.
 */
export function parseVideo(input: ParseVideoInput): { video?: Video; problems: Problem[] } {
  const source = readYaml(input.yamlText, input.file);
  if (source.problems.length) return { problems: source.problems };

  const result = videoSchema.safeParse(source.data);
  const problems: Problem[] = result.success ? [] : zodProblems(result.error, source);
  // Check the files even when other fields are wrong, so the editor sees everything at once;
  // but not for a field that is itself malformed (that is already reported).
  const badFields = new Set(result.success ? [] : result.error.issues.map((issue) => issue.path.join('.')));
  const field = (path: string[]): string | undefined => {
    const value = valueAt(source.data, path);
    return typeof value === 'string' && !badFields.has(path.join('.')) ? value : undefined;
  };
  const missing = (path: string[], what: string, missingFile: string, fix: string): Problem => ({
    file: input.file,
    line: source.lineOf(path),
    field: path.join('.'),
    message: `${what} "${missingFile}" does not exist.`,
    found: `${path.at(-1)}: ${valueAt(source.data, path) as string}`,
    fix,
  });

  // The transcript: required for every video (WCAG 1.2.1 and 1.2.3).
  let transcriptFile: string | undefined;
  const transcript = field(['transcript']);
  if (transcript !== undefined) {
    transcriptFile = posix.join(posix.dirname(input.file), transcript);
    if (input.transcriptText === undefined) {
      problems.push(
        missing(
          ['transcript'],
          'The transcript file',
          transcriptFile,
          'Add the transcript there (a "## heading" per section, then what is said), or correct the file name. See docs/video.md.',
        ),
      );
    } else if (transcriptText(input.transcriptText) === '') {
      problems.push({
        file: transcriptFile,
        line: 1,
        message: 'The transcript is empty.',
        fix: 'Write down everything said in the video, in order, under a "## heading" per section. See docs/video.md.',
      });
    }
  }

  // The media files, the poster and the captions.
  let captions: Cue[] = [];
  let captionsReadable = false;
  const type = field(['source', 'type']);
  const checkExists = (key: string, what: string) => {
    const publicPath = field(['source', key]);
    if (publicPath !== undefined && !input.publicFileExists(publicPath)) {
      problems.push(
        missing(
          ['source', key],
          what,
          publicFilePath(publicPath),
          `Put the file in public/ at that place, or correct "${key}". See docs/video.md.`,
        ),
      );
    }
  };
  checkExists('poster', 'The poster image');
  if (type === 'self-hosted') {
    checkExists('webm', 'The WebM video file');
    checkExists('mp4', 'The MP4 video file');
    const captionsPath = field(['source', 'captions']);
    if (captionsPath !== undefined) {
      const captionsFile = publicFilePath(captionsPath);
      if (input.captionsText === undefined) {
        problems.push(
          missing(
            ['source', 'captions'],
            'The captions file',
            captionsFile,
            'Add the WebVTT captions there, or correct "captions". A self-hosted video must have captions: see docs/video.md.',
          ),
        );
      } else {
        const parsed = parseWebVtt(input.captionsText);
        captions = parsed.cues;
        captionsReadable = parsed.errors.length === 0;
        problems.push(
          ...parsed.errors.map((error) => ({
            file: captionsFile,
            line: error.line,
            message: error.message,
            ...(error.fix ? { fix: error.fix } : {}),
          })),
        );
      }
    }
  }

  // Captions that run past the end mean the duration is wrong or the captions belong to another video.
  const durationText = field(['duration']);
  const durationSeconds = durationText === undefined ? undefined : parseIsoDuration(durationText);
  const lastEnd = captionsReadable ? captions.at(-1)?.end : undefined;
  if (durationSeconds !== undefined && lastEnd !== undefined && lastEnd > durationSeconds + 1) {
    problems.push({
      file: input.file,
      line: source.lineOf(['duration']),
      field: 'duration',
      message: `The captions run to ${formatVttTimestamp(lastEnd)}, after the end of the video (duration ${durationText}).`,
      expected: `at least ${formatIsoDuration(Math.ceil(lastEnd))}`,
      found: `"${durationText}"`,
      fix: 'Set duration to the real length of the video file, and check the captions are for this video.',
    });
  }

  const transcriptMarkdown = input.transcriptText;
  if (
    !result.success ||
    problems.length > 0 ||
    transcriptFile === undefined ||
    transcriptMarkdown === undefined ||
    durationSeconds === undefined
  ) {
    return { problems };
  }
  return {
    video: { ...result.data, durationSeconds, transcriptFile, transcriptMarkdown, captions },
    problems,
  };
}

function valueAt(data: unknown, path: ReadonlyArray<string>): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
