import { expect, test } from 'vitest';
import {
  londonDate,
  londonInstant,
  londonMonth,
  resolveLondonTime,
  toLondonIso,
} from './london';

test('runs in a time zone other than London, so these tests prove the process zone does not matter', () => {
  expect(process.env.TZ).toBe('America/New_York');
  expect(new Date('2026-07-01T12:00:00Z').getTimezoneOffset()).toBe(240);
});

test('2pm in London is 13:00 UTC on the day the clocks go forward (29 March 2026)', () => {
  expect(londonInstant('2026-03-29', '14:00').toISOString()).toBe('2026-03-29T13:00:00.000Z');
});

test('2pm in London is 14:00 UTC on the day the clocks go back (25 October 2026)', () => {
  expect(londonInstant('2026-10-25', '14:00').toISOString()).toBe('2026-10-25T14:00:00.000Z');
});

test('the last minute of winter time and the first minute of summer time on 29 March 2026 are one minute apart', () => {
  expect(londonInstant('2026-03-29', '00:59').toISOString()).toBe('2026-03-29T00:59:00.000Z');
  expect(londonInstant('2026-03-29', '02:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
});

test('the clocks change on 28 March and 31 October 2027 as well', () => {
  expect(londonInstant('2027-03-28', '02:00').toISOString()).toBe('2027-03-28T01:00:00.000Z');
  expect(londonInstant('2027-10-31', '00:30').toISOString()).toBe('2027-10-30T23:30:00.000Z');
  expect(londonInstant('2027-10-31', '02:00').toISOString()).toBe('2027-10-31T02:00:00.000Z');
});

test('01:30 does not exist on the days the clocks go forward', () => {
  expect(resolveLondonTime('2026-03-29', '01:30')).toEqual({ kind: 'gap' });
  expect(resolveLondonTime('2027-03-28', '01:00')).toEqual({ kind: 'gap' });
  expect(resolveLondonTime('2027-03-28', '01:59')).toEqual({ kind: 'gap' });
  expect(() => londonInstant('2026-03-29', '01:30')).toThrow(RangeError);
});

test('01:30 happens twice on the days the clocks go back: first in summer time, then in winter time', () => {
  expect(resolveLondonTime('2026-10-25', '01:30')).toEqual({
    kind: 'overlap',
    earlier: new Date('2026-10-25T00:30:00Z'),
    later: new Date('2026-10-25T01:30:00Z'),
  });
  expect(resolveLondonTime('2027-10-31', '01:00').kind).toBe('overlap');
  expect(resolveLondonTime('2027-10-31', '02:00').kind).toBe('exists');
  expect(() => londonInstant('2026-10-25', '01:30')).toThrow(RangeError);
});

test('midnight and midday exist on every day, including the clock-change days', () => {
  for (const date of ['2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31']) {
    expect(resolveLondonTime(date, '00:00').kind).toBe('exists');
    expect(resolveLondonTime(date, '12:00').kind).toBe('exists');
  }
  expect(londonInstant('2026-10-25', '00:00').toISOString()).toBe('2026-10-24T23:00:00.000Z');
  expect(londonInstant('2026-10-26', '00:00').toISOString()).toBe('2026-10-26T00:00:00.000Z');
});

test('writes an instant as London time with its offset: +01:00 in summer, +00:00 in winter', () => {
  expect(toLondonIso(new Date('2026-03-29T13:00:00Z'))).toBe('2026-03-29T14:00:00+01:00');
  expect(toLondonIso(new Date('2026-10-25T14:00:00Z'))).toBe('2026-10-25T14:00:00+00:00');
  expect(toLondonIso(new Date('2026-10-25T00:30:00Z'))).toBe('2026-10-25T01:30:00+01:00');
  expect(toLondonIso(new Date('2026-10-25T01:30:00Z'))).toBe('2026-10-25T01:30:00+00:00');
});

test('the London date and month of an instant can differ from the UTC ones', () => {
  // 23:30 UTC on 31 August is 00:30 on 1 September in London.
  expect(londonDate(new Date('2025-08-31T23:30:00Z'))).toBe('2025-09-01');
  expect(londonMonth(new Date('2025-08-31T23:30:00Z'))).toBe('2025-09');
  // In winter, London is on UTC.
  expect(londonDate(new Date('2025-12-31T23:30:00Z'))).toBe('2025-12-31');
});
