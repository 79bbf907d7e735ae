import { formatTime } from '../dates/nhs-style';
import { dayValues, minutesOf, type Day, type OpeningHours } from './schema';

/**
 * Opening hours in the NHS content style: "Monday to Friday, 9am to 5pm",
 * "Every day, 8am to 8pm", "Saturday and Sunday, 10am to midday".
 * https://service-manual.nhs.uk/content/numbers-measurements-dates-time
 * Days with the same hours are written together; days not listed are closed
 * and are not mentioned (the page says "Closed at other times" when needed).
 */

export const dayLabels: Record<Day, string> = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
};

/** "9am", "5:30pm", "midday"; "24:00" is "midnight" too. */
export function formatOpeningTime(time: string): string {
  return time === '24:00' ? 'midnight' : formatTime(time);
}

export type OpeningLine = {
  /** "Monday to Friday". */
  days: string;
  /** "9am to 5pm", or "24 hours". */
  times: string;
  /** The days this line covers, in week order. */
  dayIds: Day[];
};

function joinWithAnd(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** "Monday to Wednesday and Friday" for days in week order. */
function describeDays(days: Day[]): string {
  if (days.length === 7) return 'Every day';
  const runs: Day[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    if (run && dayValues.indexOf(run.at(-1)!) === dayValues.indexOf(day) - 1) run.push(day);
    else runs.push([day]);
  }
  const parts = runs.flatMap((run) =>
    run.length >= 3 ? [`${dayLabels[run[0]!]} to ${dayLabels[run.at(-1)!]}`] : run.map((day) => dayLabels[day]),
  );
  return joinWithAnd(parts);
}

/** The opening hours as lines, one for each set of days with the same hours, in week order. */
export function openingLines(hours: readonly OpeningHours[]): OpeningLine[] {
  const timesByDay = new Map<Day, string>();
  for (const day of dayValues) {
    const entries = hours.filter((entry) => entry.days.includes(day));
    if (!entries.length) continue;
    if (entries.some((entry) => entry.allDay)) {
      timesByDay.set(day, '24 hours');
      continue;
    }
    const ranges = entries
      .map((entry) => entry as Extract<OpeningHours, { allDay: false }>)
      .sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens))
      .map((entry) => `${formatOpeningTime(entry.opens)} to ${formatOpeningTime(entry.closes)}`);
    timesByDay.set(day, joinWithAnd(ranges));
  }
  const lines: OpeningLine[] = [];
  for (const [day, times] of timesByDay) {
    const line = lines.find((candidate) => candidate.times === times);
    if (line) line.dayIds.push(day);
    else lines.push({ days: '', times, dayIds: [day] });
  }
  return lines.map((line) => ({ ...line, days: describeDays(line.dayIds) }));
}

/** "Monday to Friday, 9am to 5pm" for each line. */
export function formatOpeningHours(hours: readonly OpeningHours[]): string[] {
  return openingLines(hours).map((line) => `${line.days}, ${line.times}`);
}

/** Whether some day of the week is not covered: then the page says it is closed at other times. */
export function closedSomeDays(hours: readonly OpeningHours[]): boolean {
  return dayValues.some((day) => !hours.some((entry) => entry.days.includes(day)));
}
