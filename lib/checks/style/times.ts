import { formatClockTime, formatTwelveHourTime } from '../../dates/nhs-style';
import type { ProseBlock } from '../prose';
import { matchesIn, at, type StyleProblem } from './shared';

// 2pm, 2 pm, 2PM, 2.30pm, 2:30 p.m., 12noon, 12 midnight
// (A full stop after "am" ends the sentence; after "a.m" it belongs to the time.)
const TIME_WITH_SUFFIX = /(?<![\p{L}\p{N}:.,£$])(\d{1,2})(?:([:.])(\d{2}))?(\s*)(a\.m\.?|am|p\.m\.?|pm|noon|midday|midnight)(?![\p{L}\p{N}])/giu;
// 14:00, 09:30, 9:30 (no am or pm after it)
const CLOCK_TIME = /(?<![\p{L}\p{N}:.,£$])(\d{1,2}):(\d{2})(?![\p{N}:]|\s*(?:a\.?m|p\.?m)(?![\p{L}]))/giu;
// 1730hrs, 17:30 hrs
const HOURS_TIME = /(?<![\p{L}\p{N}:.,])(\d{2}):?(\d{2})\s?hrs?(?![\p{L}\p{N}])/giu;
// 2-4pm, 9am – 5pm, 10.30am-12pm
const TIME_RANGE = /(?<![\p{L}\p{N}:.,£$])(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*[-–—]\s*(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)(?![\p{L}\p{N}])/giu;

export function timeProblems(block: ProseBlock, file: string): StyleProblem[] {
  const problems: StyleProblem[] = [];
  const covered: Array<[number, number]> = [];
  const report = (index: number, text: string, expected: string, message: string) => {
    if (covered.some(([start, end]) => index >= start && index < end)) return;
    covered.push([index, index + text.length]);
    problems.push({
      rule: 'times',
      ...at(block, index, file),
      message,
      found: text,
      expected,
      fix: `Write "${expected}".`,
      severity: 'error',
    });
  };

  // Ranges first, so "2-4pm" is one problem rather than two.
  for (const match of matchesIn(block, TIME_RANGE)) {
    const [h1, m1, p1, h2, m2, p2] = match.groups;
    const toPeriod = (p: string) => (p.toLowerCase().startsWith('a') ? 'am' : 'pm');
    const endHour = Number(h2);
    const endPeriod = toPeriod(p2 ?? 'pm');
    const startHour = Number(h1);
    if (startHour < 1 || startHour > 12 || endHour < 1 || endHour > 12) continue;
    // "11-1pm" starts in the morning; "2-4pm" does not.
    const startPeriod = p1
      ? toPeriod(p1)
      : endPeriod === 'pm' && (startHour > endHour || endHour === 12) && startHour !== 12
        ? 'am'
        : endPeriod;
    const expected = `${formatTwelveHourTime(startHour, Number(m1 || 0), startPeriod)} to ${formatTwelveHourTime(endHour, Number(m2 || 0), endPeriod)}`;
    report(match.index, match.text, expected, `Write time ranges with "to", not a dash: "${match.text}". A dash is read out in different ways by screen readers.`);
  }

  for (const match of matchesIn(block, TIME_WITH_SUFFIX)) {
    const [hourText = '', separator, minuteText, space, suffix = ''] = match.groups;
    const hour = Number(hourText);
    const minutes = Number(minuteText || 0);
    const word = suffix.toLowerCase().replace(/\./g, '');
    if (word === 'noon' || word === 'midday' || word === 'midnight') {
      if (hour !== 12 || minuteText) continue;
      const expected = word === 'midnight' ? 'midnight' : 'midday';
      report(match.index, match.text, expected, `Write "${expected}" on its own, not "${match.text}".`);
      continue;
    }
    if (hour < 1 || hour > 12 || minutes > 59) {
      if (covered.some(([start, end]) => match.index >= start && match.index < end)) continue;
      covered.push([match.index, match.index + match.text.length]);
      problems.push({
        rule: 'times',
        ...at(block, match.index, file),
        message: `"${match.text}" is not a time on the 12-hour clock.`,
        found: match.text,
        expected: 'an hour from 1 to 12 with am or pm, like "2:30pm"',
        fix: 'Check the time and write it with am or pm, like "2pm" or "2:30pm".',
        severity: 'error',
      });
      continue;
    }
    const period = word as 'am' | 'pm';
    const expected = formatTwelveHourTime(hour, minutes, period);
    if (match.text === expected) continue;
    const reasons =
      hour === 12 && minutes === 0
        ? ['People confuse 12am and 12pm, so the NHS writes "midday" and "midnight".']
        : [
            separator === '.' ? 'Use a colon between the hours and minutes.' : '',
            minuteText === '00' ? 'Leave out ":00" for times on the hour.' : '',
            space ? 'Do not put a space before am or pm.' : '',
            suffix !== word ? 'Write am and pm in lower case, without full stops.' : '',
          ].filter(Boolean);
    report(match.index, match.text, expected, `"${match.text}" is not how the NHS writes times. ${reasons.join(' ')}`);
  }

  for (const match of matchesIn(block, HOURS_TIME)) {
    const hours = Number(match.groups[0]);
    const minutes = Number(match.groups[1]);
    if (hours > 24 || minutes > 59) continue;
    report(match.index, match.text, formatClockTime(hours, minutes), `"${match.text}" uses the 24-hour clock. Write times with am or pm.`);
  }

  for (const match of matchesIn(block, CLOCK_TIME)) {
    const [hourText = '', minuteText = ''] = match.groups;
    const hours = Number(hourText);
    const minutes = Number(minuteText);
    if (hours > 24 || minutes > 59) continue;
    const twentyFourHour = hours === 0 || hours > 12 || hourText.startsWith('0') || (hours === 12 && minutes === 0);
    if (twentyFourHour) {
      report(match.index, match.text, formatClockTime(hours, minutes), `"${match.text}" uses the 24-hour clock. Write times with am or pm.`);
    } else {
      const morning = formatTwelveHourTime(hours, minutes, 'am');
      const afternoon = formatTwelveHourTime(hours, minutes, 'pm');
      problems.push({
        rule: 'times',
        ...at(block, match.index, file),
        message: `"${match.text}" does not say whether it is in the morning or the afternoon.`,
        found: match.text,
        expected: `${morning} or ${afternoon}`,
        fix: `Write "${morning}" or "${afternoon}".`,
        severity: 'error',
      });
    }
  }
  return problems;
}
