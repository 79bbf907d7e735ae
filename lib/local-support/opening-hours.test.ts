import { expect, test } from 'vitest';
import { closedSomeDays, formatOpeningHours, formatOpeningTime } from './opening-hours';
import type { OpeningHours } from './schema';

const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;
const hours = (days: readonly OpeningHours['days'][number][], opens: string, closes: string): OpeningHours => ({
  days: [...days],
  allDay: false,
  opens,
  closes,
});

test('writes weekday hours the NHS way: "Monday to Friday, 9am to 5pm"', () => {
  expect(formatOpeningHours([hours(weekdays, '09:00', '17:00')])).toEqual(['Monday to Friday, 9am to 5pm']);
});

test('writes minutes, midday and midnight as the NHS style does', () => {
  expect(formatOpeningTime('09:30')).toBe('9:30am');
  expect(formatOpeningTime('12:00')).toBe('midday');
  expect(formatOpeningTime('00:00')).toBe('midnight');
  expect(formatOpeningTime('24:00')).toBe('midnight');
  expect(formatOpeningTime('17:45')).toBe('5:45pm');
});

test('writes seven days with the same hours as "Every day"', () => {
  const all = [...weekdays, 'saturday', 'sunday'] as const;
  expect(formatOpeningHours([hours(all, '08:00', '20:00')])).toEqual(['Every day, 8am to 8pm']);
  expect(formatOpeningHours([{ days: [...all], allDay: true }])).toEqual(['Every day, 24 hours']);
});

test('joins days with the same hours, and keeps different hours on their own lines in week order', () => {
  expect(
    formatOpeningHours([
      hours(['saturday', 'sunday'], '10:00', '12:00'),
      hours(['monday', 'tuesday', 'wednesday', 'friday'], '09:00', '17:00'),
    ]),
  ).toEqual(['Monday to Wednesday and Friday, 9am to 5pm', 'Saturday and Sunday, 10am to midday']);
});

test('a day with a break for lunch has both times, earliest first', () => {
  expect(formatOpeningHours([hours(['monday'], '13:30', '17:00'), hours(['monday'], '09:00', '12:30')])).toEqual([
    'Monday, 9am to 12:30pm and 1:30pm to 5pm',
  ]);
});

test('knows when some days are not covered, so the page can say it is closed then', () => {
  expect(closedSomeDays([hours(weekdays, '09:00', '17:00')])).toBe(true);
  expect(closedSomeDays([{ days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'], allDay: true }])).toBe(false);
});
