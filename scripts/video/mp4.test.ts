import { expect, test } from 'vitest';
import { mp4DurationSeconds } from './mp4';

function box(type: string, content: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(8 + content.length);
  new DataView(bytes.buffer).setUint32(0, bytes.length);
  bytes.set(new TextEncoder().encode(type), 4);
  bytes.set(content, 8);
  return bytes;
}

function mvhd(timescale: number, duration: number): Uint8Array {
  // Version 0: version and flags, creation and modification times, timescale, duration, then the rest (80 bytes).
  const content = new Uint8Array(100);
  const view = new DataView(content.buffer);
  view.setUint32(12, timescale);
  view.setUint32(16, duration);
  return box('mvhd', content);
}

test('reads the length from the movie header, after other boxes', () => {
  const ftyp = box('ftyp', new TextEncoder().encode('isom\x00\x00\x02\x00'));
  const moov = box('moov', mvhd(1000, 113_400));
  const file = new Uint8Array([...ftyp, ...moov]);
  expect(mp4DurationSeconds(file)).toBe(113.4);
});

test('returns undefined for bytes that are not an MP4 file', () => {
  expect(mp4DurationSeconds(new TextEncoder().encode('not an mp4 file'))).toBeUndefined();
  expect(mp4DurationSeconds(new Uint8Array())).toBeUndefined();
});
