import { expect, test } from 'vitest';
import { formatIsoDuration, parseIsoDuration } from './duration';

test('reads ISO 8601 durations in hours, minutes and seconds', () => {
  expect(parseIsoDuration('PT1M45S')).toBe(105);
  expect(parseIsoDuration('PT105S')).toBe(105);
  expect(parseIsoDuration('PT2M')).toBe(120);
  expect(parseIsoDuration('PT1H3M20S')).toBe(3800);
  expect(parseIsoDuration('PT12.5S')).toBe(12.5);
});

test('rejects durations that are not ISO 8601, or zero', () => {
  for (const bad of ['1:45', 'PT', 'P1M', 'PT1M45', 'pt1m45s', 'PT0S', '105']) {
    expect(parseIsoDuration(bad)).toBeUndefined();
  }
});

test('writes whole seconds, leaving out parts that are zero', () => {
  expect(formatIsoDuration(113.4)).toBe('PT1M53S');
  expect(formatIsoDuration(59.6)).toBe('PT1M');
  expect(formatIsoDuration(3600)).toBe('PT1H');
  expect(formatIsoDuration(3725)).toBe('PT1H2M5S');
  expect(formatIsoDuration(0.2)).toBe('PT1S');
});
