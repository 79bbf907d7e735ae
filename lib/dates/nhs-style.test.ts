import { expect, test } from 'vitest';
import { formatClockTime, formatDate, formatIsoDate, formatMonth, formatTime, formatTimeRange, formatTwelveHourTime } from './nhs-style';

test('formats a date in the NHS style: Tuesday 19 August 2025', () => {
  expect(formatDate('2025-08-19')).toBe('Tuesday 19 August 2025');
  expect(formatDate('2026-03-29')).toBe('Sunday 29 March 2026');
  expect(formatDate('2028-02-29')).toBe('Tuesday 29 February 2028');
});

test('formats a month in full: September 2025', () => {
  expect(formatMonth('2025-09')).toBe('September 2025');
});

test('formats whole hours without minutes: 2pm, 10am', () => {
  expect(formatTime('14:00')).toBe('2pm');
  expect(formatTime('10:00')).toBe('10am');
});

test('formats minutes after a colon: 3:30pm, 9:05am', () => {
  expect(formatTime('15:30')).toBe('3:30pm');
  expect(formatTime('09:05')).toBe('9:05am');
});

test('formats 12:00 as midday and 00:00 as midnight', () => {
  expect(formatTime('12:00')).toBe('midday');
  expect(formatTime('00:00')).toBe('midnight');
});

test('formats the minutes either side of midday and midnight', () => {
  expect(formatTime('12:30')).toBe('12:30pm');
  expect(formatTime('00:15')).toBe('12:15am');
  expect(formatTime('11:59')).toBe('11:59am');
  expect(formatTime('23:59')).toBe('11:59pm');
});

test('formats 2pm to 3:30pm and 10am to midday', () => {
  expect(formatTimeRange('14:00', '15:30')).toBe('2pm to 3:30pm');
  expect(formatTimeRange('10:00', '12:00')).toBe('10am to midday');
  expect(formatTimeRange('22:00', '00:00')).toBe('10pm to midnight');
});

test('formats a review date without the weekday: 21 November 2026', () => {
  expect(formatIsoDate('2026-11-21')).toBe('21 November 2026');
});

test('the style check and the schedule write a time the same way, from either clock', () => {
  expect(formatClockTime(14, 30)).toBe('2:30pm');
  expect(formatTwelveHourTime(2, 30, 'pm')).toBe('2:30pm');
  expect(formatTwelveHourTime(12, 0, 'pm')).toBe('midday');
  expect(formatTwelveHourTime(12, 0, 'am')).toBe('midnight');
  expect(formatTwelveHourTime(12, 30, 'am')).toBe('12:30am');
  expect(formatClockTime(24, 0)).toBe('midnight');
});
