import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { formatVttTimestamp, formatWebVtt, parseVttTimestamp, parseWebVtt } from './webvtt';

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/video/${name}`, import.meta.url), 'utf8');

test('reads a valid file with a header, a note, a style block, cue names, settings and tags', () => {
  const { cues, errors } = parseWebVtt(fixture('good.vtt'));
  expect(errors).toEqual([]);
  expect(cues).toEqual([
    { id: 'intro', start: 1, end: 3.5, text: '<v Narrator>Cancer rehabilitation &amp; you.</v>', line: 11 },
    { start: 3.5, end: 7.25, text: 'Two lines of text\nin one cue.', settings: 'line:85% align:center', line: 14 },
    { start: 3600, end: 3602, text: 'The hours can go past 59 minutes.', line: 18 },
  ]);
});

test('reads Windows line endings and a byte order mark', () => {
  const { cues, errors } = parseWebVtt('\uFEFFWEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nHello.\r\n');
  expect(errors).toEqual([]);
  expect(cues).toEqual([{ start: 1, end: 2, text: 'Hello.', line: 3 }]);
});

test('rejects a file that does not start with WEBVTT, such as an SRT file', () => {
  const { errors } = parseWebVtt(fixture('no-header.vtt'));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatchObject({ line: 1, message: expect.stringContaining('must start with the line "WEBVTT"') });
  expect(errors[0]!.fix).toContain('.srt');
});

test('reports each bad cue with its line number', () => {
  const { errors } = parseWebVtt(fixture('bad-cues.vtt'));
  expect(errors.map((error) => [error.line, error.message])).toEqual([
    [6, expect.stringContaining('before the cue on line 3 ends (00:00:04.000)')],
    [9, expect.stringContaining('"00:00:06,000 --> 00:00:08.000" are not in WebVTT form')],
    [12, expect.stringContaining('ends (00:00:08.500) before or when it starts (00:00:09.000)')],
    [15, 'This cue has timings but no text.'],
    [17, expect.stringContaining('"colour:red" after the end time is not a WebVTT cue setting')],
    [20, expect.stringContaining('found "Just some text without timings." on its own')],
  ]);
  expect(errors.every((error) => error.fix)).toBe(true);
});

test('reports a cue with no blank line after the WEBVTT line', () => {
  const { errors } = parseWebVtt('WEBVTT\n00:00:01.000 --> 00:00:02.000\nHello.\n');
  expect(errors[0]).toMatchObject({ line: 2, message: expect.stringContaining('without a blank line') });
});

test('reports two cues with no blank line between them', () => {
  const { errors } = parseWebVtt('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello.\n00:00:02.000 --> 00:00:03.000\nAgain.\n');
  expect(errors).toEqual([expect.objectContaining({ line: 5, message: expect.stringContaining('no blank line between them') })]);
});

test('reports a file with no cues', () => {
  const { cues, errors } = parseWebVtt(fixture('no-cues.vtt'));
  expect(cues).toEqual([]);
  expect(errors).toEqual([expect.objectContaining({ message: 'The captions file has no cues.' })]);
});

test('reads hh:mm:ss.ttt and mm:ss.ttt timestamps and rejects others', () => {
  expect(parseVttTimestamp('00:01:02.345')).toBeCloseTo(62.345);
  expect(parseVttTimestamp('01:02.345')).toBeCloseTo(62.345);
  expect(parseVttTimestamp('100:00:00.000')).toBe(360000);
  for (const bad of ['1:02.345', '00:60:00.000', '00:00:01.5', '00:00:01,500', '00:00:01']) {
    expect(parseVttTimestamp(bad)).toBeUndefined();
  }
});

test('formats timestamps to the millisecond', () => {
  expect(formatVttTimestamp(0)).toBe('00:00:00.000');
  expect(formatVttTimestamp(62.3456)).toBe('00:01:02.346');
  expect(formatVttTimestamp(3661.0004)).toBe('01:01:01.000');
});

test('writes a file it can read back, escaping markup characters', () => {
  const cues = [
    { start: 1, end: 2.5, text: 'Fish & chips <not a tag>' },
    { start: 2.5, end: 4, text: 'Second cue.' },
  ];
  const text = formatWebVtt(cues);
  expect(text).toContain('Fish &amp; chips &lt;not a tag&gt;');
  const { cues: read, errors } = parseWebVtt(text);
  expect(errors).toEqual([]);
  expect(read.map(({ start, end }) => ({ start, end }))).toEqual([
    { start: 1, end: 2.5 },
    { start: 2.5, end: 4 },
  ]);
});
