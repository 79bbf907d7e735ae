/**
 * Dates and times as the NHS writes them, for every page, message and
 * check on the site: one set of formatters, so a date reads the same
 * everywhere. https://service-manual.nhs.uk/content/numbers-measurements-dates-time
 * Calendar dates have no time zone; time-zone arithmetic is lib/dates/london.ts.
 */

/** Months in full, as the NHS style writes them. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2026-11-21" → "21 November 2026" (NHS style), whatever the server's time zone. */
export function formatIsoDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return longDate.format(new Date(Date.UTC(year, month - 1, day)));
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

const pad = (value: number) => String(value).padStart(2, '0');

/** NHS style with the weekday: "Tuesday 19 August 2025". @param date "YYYY-MM-DD" */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // A calendar date has no time zone: read it as UTC so TZ cannot shift the weekday.
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return `${WEEKDAYS[weekday]} ${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

/** "September 2025". @param month "YYYY-MM" */
export function formatMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return `${MONTH_NAMES[monthNumber - 1]} ${year}`;
}

/**
 * A time on the 24-hour clock in NHS style: "2pm", "3:30pm", "10am",
 * "midday", "midnight", "12:30pm", "12:15am". 24:00 is midnight.
 */
export function formatClockTime(hours: number, minutes: number): string {
  const hour = hours % 24;
  if (minutes === 0 && hour === 12) return 'midday';
  if (minutes === 0 && hour === 0) return 'midnight';
  const suffix = hour < 12 ? 'am' : 'pm';
  return `${hour % 12 || 12}${minutes === 0 ? '' : `:${pad(minutes)}`}${suffix}`;
}

/** The same for a time read as hours 1 to 12 with am or pm ("12am" is midnight). */
export function formatTwelveHourTime(hour: number, minutes: number, period: 'am' | 'pm'): string {
  return formatClockTime((hour % 12) + (period === 'pm' ? 12 : 0), minutes);
}

/** NHS style for "HH:MM" (24-hour), as session times are written: "14:30" is "2:30pm". */
export function formatTime(time: string): string {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return formatClockTime(hours, minutes);
}

/** "2pm to 3:30pm", "10am to midday". */
export function formatTimeRange(start: string, end: string): string {
  return `${formatTime(start)} to ${formatTime(end)}`;
}
