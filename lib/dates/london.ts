/**
 * Wall-clock time in London, whatever time zone the computer running the
 * build (or the test) is in. Everything here is pure: instants in, strings
 * out, or strings in, instants out. Nothing reads the system clock.
 *
 * Why not `new Date('2026-03-29T14:00')`: that reads the string in the
 * process's own time zone (TZ), so a build server in UTC and a laptop in
 * London would disagree for half the year. Intl.DateTimeFormat with an
 * explicit timeZone is the one API that knows the UK's clock changes.
 */

export const LONDON_TIME_ZONE = 'Europe/London';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;



// hourCycle h23: some ICU versions print midnight as "24" with hour12: false.
const londonFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function wallClockInLondon(instant: Date): WallClock {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of londonFormatter.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** Minutes London is ahead of UTC at this instant: 0 (GMT) or 60 (BST). */
export function londonOffsetMinutes(instant: Date): number {
  const wall = wallClockInLondon(instant);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((wallAsUtc - whole) / MINUTE);
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function splitDate(date: string): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return [year, month, day];
}

function splitTime(time: string): [number, number] {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return [hour, minute];
}

/**
 * What a London wall-clock time means on a given day:
 * - `exists`: one instant (almost always);
 * - `gap`: the time is skipped when the clocks go forward (01:00 to 01:59 on
 *   the last Sunday in March);
 * - `overlap`: the time happens twice when the clocks go back (01:00 to 01:59
 *   on the last Sunday in October): `earlier` is in BST, `later` in GMT.
 */
export type LondonTime =
  | { kind: 'exists'; instant: Date }
  | { kind: 'gap' }
  | { kind: 'overlap'; earlier: Date; later: Date };

/** @param date "YYYY-MM-DD" @param time "HH:MM", 24-hour */
export function resolveLondonTime(date: string, time: string): LondonTime {
  const [year, month, day] = splitDate(date);
  const [hour, minute] = splitTime(time);
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The offsets in force a day either side cover both sides of any clock change.
  const offsets = new Set([
    londonOffsetMinutes(new Date(wallAsUtc - DAY)),
    londonOffsetMinutes(new Date(wallAsUtc)),
    londonOffsetMinutes(new Date(wallAsUtc + DAY)),
  ]);
  const matches = [...offsets]
    .map((offset) => wallAsUtc - offset * MINUTE)
    .filter((candidate) => {
      const wall = wallClockInLondon(new Date(candidate));
      return (
        wall.year === year && wall.month === month && wall.day === day && wall.hour === hour && wall.minute === minute
      );
    })
    .sort((a, b) => a - b);
  if (matches.length === 0) return { kind: 'gap' };
  if (matches.length === 1) return { kind: 'exists', instant: new Date(matches[0]!) };
  return { kind: 'overlap', earlier: new Date(matches[0]!), later: new Date(matches[matches.length - 1]!) };
}

/**
 * The instant of a London wall-clock time. Validated content never holds a
 * time that is skipped or repeated (the schema rejects them), so this throws
 * for those rather than guessing.
 */
export function londonInstant(date: string, time: string): Date {
  const resolved = resolveLondonTime(date, time);
  if (resolved.kind !== 'exists') {
    throw new RangeError(
      `${time} on ${date} ${resolved.kind === 'gap' ? 'does not exist' : 'happens twice'} in London (the clocks change that day).`,
    );
  }
  return resolved.instant;
}

/** Midnight at the start of a London day (never skipped or repeated in the UK). */
export function startOfLondonDay(date: string): Date {
  return londonInstant(date, '00:00');
}

/** "YYYY-MM-DD" of the day after. */
export function nextDate(date: string): string {
  const [year, month, day] = splitDate(date);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/** "YYYY-MM" of the month after. */
export function nextMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return monthNumber === 12 ? `${year + 1}-01` : `${year}-${pad(monthNumber + 1)}`;
}

/** The London calendar date of an instant, "YYYY-MM-DD". */
export function londonDate(instant: Date): string {
  const wall = wallClockInLondon(instant);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** The London calendar month of an instant, "YYYY-MM". */
export function londonMonth(instant: Date): string {
  return londonDate(instant).slice(0, 7);
}

/**
 * An instant as London wall-clock time with its offset, for `datetime`
 * attributes and JSON-LD: "2026-03-29T14:00:00+01:00".
 */
export function toLondonIso(instant: Date): string {
  const wall = wallClockInLondon(instant);
  const offset = londonOffsetMinutes(instant);
  const sign = offset < 0 ? '-' : '+';
  const absolute = Math.abs(offset);
  return (
    `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}` +
    `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`
  );
}

/** iCalendar UTC form: "20260329T130000Z". */
export function toIcsUtc(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
