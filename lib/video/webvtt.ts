/**
 * A small, strict WebVTT reader and writer for caption files.
 *
 * Strict on purpose: browsers skip a cue they cannot read without saying so,
 * which leaves deaf viewers with gaps nobody notices. Here every mistake is
 * reported with its line number, so `content:check` can name it.
 * Format: https://www.w3.org/TR/webvtt1/
 */

export type Cue = {
  /** Optional cue identifier, the line before the timings. */
  id?: string;
  /** Seconds from the start of the video. */
  start: number;
  end: number;
  /** Cue text as written, lines joined with "\n" (may contain tags such as `<v Name>`). */
  text: string;
  /** Cue settings after the end time, e.g. `line:85%`, if any. */
  settings?: string;
  /** Line (1-based) of the timing line in the file. */
  line: number;
};

export type WebVttError = {
  line: number;
  message: string;
  fix?: string;
};

export type WebVttResult = { cues: Cue[]; errors: WebVttError[] };

// hh:mm:ss.ttt (hours may have more than two digits) or mm:ss.ttt.
const timestampPattern = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;
const settingNames = new Set(['vertical', 'line', 'position', 'size', 'align', 'region']);

/** Seconds from a WebVTT timestamp, or undefined if it is not one. */
export function parseVttTimestamp(text: string): number | undefined {
  const match = timestampPattern.exec(text);
  if (!match) return undefined;
  const [, hours = '0', minutes, seconds, millis] = match;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds) + Number(millis) / 1000;
}

/** `00:01:02.345` from 62.345 seconds (rounded to the millisecond). */
export function formatVttTimestamp(seconds: number): string {
  const totalMillis = Math.round(seconds * 1000);
  const millis = totalMillis % 1000;
  const totalSeconds = (totalMillis - millis) / 1000;
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(Math.floor(totalSeconds / 3600))}:${pad(Math.floor(totalSeconds / 60) % 60)}:${pad(totalSeconds % 60)}.${pad(millis, 3)}`;
}

/**
 * Reads a WebVTT file. Returns every cue it could read and every error, each
 * with its line number; a file with errors should not be published.
 */
export function parseWebVtt(text: string): WebVttResult {
  const errors: WebVttError[] = [];
  const cues: Cue[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);

  const header = lines[0] ?? '';
  if (!/^WEBVTT(?:[ \t].*)?$/.test(header)) {
    errors.push({
      line: 1,
      message: `A WebVTT file must start with the line "WEBVTT", but line 1 is ${header.trim() ? `"${header}"` : 'empty'}.`,
      fix: 'Make "WEBVTT" the very first line, then a blank line, then the cues. (An .srt file needs converting: see docs/video.md.)',
    });
    return { cues, errors };
  }

  // Header lines run to the first blank line; they must not hold a cue.
  let index = 1;
  while (index < lines.length && lines[index]!.trim() !== '') {
    if (lines[index]!.includes('-->')) {
      errors.push({
        line: index + 1,
        message: 'A cue starts straight after the "WEBVTT" line, without a blank line between them.',
        fix: 'Add an empty line after "WEBVTT".',
      });
    }
    index++;
  }

  let seenCue = false;
  while (index < lines.length) {
    // Skip the blank lines between blocks.
    if (lines[index]!.trim() === '') {
      index++;
      continue;
    }
    const blockStart = index;
    const block: string[] = [];
    while (index < lines.length && lines[index]!.trim() !== '') {
      block.push(lines[index]!);
      index++;
    }
    const first = block[0]!;

    if (/^NOTE(?:[ \t]|$)/.test(first)) continue;
    if (/^(STYLE|REGION)(?:[ \t]|$)/.test(first)) {
      if (seenCue) {
        errors.push({
          line: blockStart + 1,
          message: `A ${first.split(/[ \t]/)[0]} block comes after the first cue; players ignore it there.`,
          fix: 'Move it up, between the "WEBVTT" line and the first cue.',
        });
      }
      continue;
    }

    const timingOffset = first.includes('-->') ? 0 : 1;
    const timingLine = block[timingOffset];
    const timingLineNumber = blockStart + timingOffset + 1;
    if (timingLine === undefined || !timingLine.includes('-->')) {
      errors.push({
        line: blockStart + 1,
        message: `Expected a cue: a line of timings such as "00:00:01.000 --> 00:00:04.000", but found "${first}" ${timingLine === undefined ? 'on its own' : `followed by "${timingLine}"`}.`,
        fix: 'Put the timings on the first line of the cue (or on the second, after a cue name), and separate cues with one blank line.',
      });
      continue;
    }
    seenCue = true;

    const id = timingOffset === 1 ? first.trim() : undefined;
    const match = /^(\S+)[ \t]+-->[ \t]+(\S+)(?:[ \t]+(.*))?$/.exec(timingLine.trim());
    const start = match ? parseVttTimestamp(match[1]!) : undefined;
    const end = match ? parseVttTimestamp(match[2]!) : undefined;
    if (!match || start === undefined || end === undefined) {
      errors.push({
        line: timingLineNumber,
        message: `The timings "${timingLine.trim()}" are not in WebVTT form.`,
        fix: 'Write them as "00:01:02.500 --> 00:01:05.000" (or "01:02.500 --> 01:05.000"): a full stop before exactly three digits of milliseconds, and a space either side of "-->".',
      });
      continue;
    }

    const settings = match[3]?.trim() || undefined;
    for (const setting of settings?.split(/[ \t]+/) ?? []) {
      const name = setting.split(':')[0]!;
      if (!setting.includes(':') || !settingNames.has(name)) {
        errors.push({
          line: timingLineNumber,
          message: `"${setting}" after the end time is not a WebVTT cue setting.`,
          fix: 'Use only vertical, line, position, size, align or region (for example "line:85%"), or remove it.',
        });
      }
    }

    if (end <= start) {
      errors.push({
        line: timingLineNumber,
        message: `The cue ends (${formatVttTimestamp(end)}) before or when it starts (${formatVttTimestamp(start)}).`,
        fix: 'Make the end time later than the start time.',
      });
    }
    const previous = cues.at(-1);
    if (previous && start < previous.end) {
      errors.push({
        line: timingLineNumber,
        message: `The cue starts at ${formatVttTimestamp(start)}, before the cue on line ${previous.line} ends (${formatVttTimestamp(previous.end)}).`,
        fix: 'Put the cues in time order and make each one start at or after the end of the one before.',
      });
    }

    const textLines = block.slice(timingOffset + 1);
    const arrowLine = textLines.findIndex((line) => line.includes('-->'));
    if (arrowLine !== -1) {
      errors.push({
        line: timingLineNumber + 1 + arrowLine,
        message: 'Cue text contains "-->", or two cues have no blank line between them.',
        fix: 'Put one blank line between cues.',
      });
    }
    const cueText = textLines.join('\n').trim();
    if (!cueText) {
      errors.push({
        line: timingLineNumber,
        message: 'This cue has timings but no text.',
        fix: 'Write what is said on the line after the timings, or delete the cue.',
      });
    }

    cues.push({ ...(id ? { id } : {}), start, end, text: cueText, ...(settings ? { settings } : {}), line: timingLineNumber });
  }

  if (cues.length === 0 && errors.length === 0) {
    errors.push({
      line: lines.length,
      message: 'The captions file has no cues.',
      fix: 'Add the captions after the "WEBVTT" line, each with its timings.',
    });
  }
  return { cues, errors };
}

/** Text safe to put in a cue: WebVTT treats "&" and "<" as markup. */
export function escapeCueText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Writes cues as a WebVTT file (plain text cues; the text is escaped). */
export function formatWebVtt(cues: ReadonlyArray<Pick<Cue, 'start' | 'end' | 'text'>>): string {
  const blocks = cues.map(
    (cue, index) =>
      `${index + 1}\n${formatVttTimestamp(cue.start)} --> ${formatVttTimestamp(cue.end)}\n${escapeCueText(cue.text)}`,
  );
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}
