import { z } from 'zod';
import { isoDate, nonEmptyText } from '../schemas/common';
import { reviewDatesRefinement } from '../schemas/review-dates';
import { resolveLondonTime } from '../dates/london';
import { formatDate, MONTH_NAMES } from '../dates/nhs-style';

/**
 * One file per session series in content/whats-on/sessions/<slug>.yaml.
 * The format is documented for editors in docs/editing-the-schedule.md: keep
 * the two in step. Every message is "What is wrong.\nFix: what to do" (see
 * zodProblems in lib/problems/yaml-source.ts), because the editor reading it may not
 * be a developer.
 */

export const categoryValues = ['therapies', 'psychology', 'sact'] as const;
export type Category = (typeof categoryValues)[number];

/** How each category is named on the site, in the order the site lists them. */
export const categoryLabels: Record<Category, string> = {
  therapies: 'Physiotherapy, occupational therapy and dietetics',
  psychology: 'Psychology',
  // Plain words first, the medical term second (issue 11).
  sact: 'Cancer drugs such as chemotherapy (systemic anti-cancer therapy, SACT)',
};

export const categorySchema = z.enum(categoryValues, {
  error:
    'Expected one of the categories: therapies, psychology, sact.\nFix: write therapies (physiotherapy, occupational therapy and dietetics), psychology, or sact (systemic anti-cancer therapy).',
});

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const sessionSlugSchema = z
  .string({ error: 'Expected the session\'s slug as text.\nFix: write the file name without ".yaml", for example coping-with-anxiety.' })
  .regex(kebabCase, {
    error: 'A slug is lower-case words joined by single hyphens.\nFix: write it like coping-with-anxiety, the same as the file name without ".yaml".',
  });

/** An occurrence's permanent label: calendars and booking emails use it to tell occurrences apart. */
export const occurrenceIdSchema = z.unknown().transform((value, ctx) => {
  if (typeof value === 'string' && kebabCase.test(value)) return value;
  const message =
    value instanceof Date
      ? `YAML read this id as a date.\nFix: use words such as "${MONTH_NAMES[value.getUTCMonth()]!.toLowerCase()}-${value.getUTCFullYear()}", or put the date in quotes: "${value.toISOString().slice(0, 10)}".`
      : typeof value === 'number'
        ? `Expected an id written as words.\nFix: use lower-case words and numbers joined by hyphens, such as "september-2025", or put this one in quotes: "${value}".`
        : 'Each occurrence needs an id: lower-case words and numbers joined by hyphens, such as september-2025.\nFix: add an id that no other occurrence in this file has. Once the site is published, never change it: calendars use it to recognise the occurrence.';
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
});

const pad = (value: number) => String(value).padStart(2, '0');

function looksLikeTbc(value: string): boolean {
  return /^(tbc|tba|tbd|to be (confirmed|arranged|decided)|unknown|not known)$/i.test(value.trim());
}

function monthNumberFromName(name: string): number | undefined {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return undefined;
  const index = MONTH_NAMES.findIndex((month) => month.toLowerCase().startsWith(lower));
  return index === -1 ? undefined : index + 1;
}

/** "2025-09" for a month written another way, if the intended month is clear. */
function suggestMonth(value: string): string | undefined {
  const trimmed = value.trim();
  let match = /^(\d{4})[-/.](\d{1,2})$/.exec(trimmed);
  if (match) return Number(match[2]) >= 1 && Number(match[2]) <= 12 ? `${match[1]}-${pad(Number(match[2]))}` : undefined;
  match = /^(\d{1,2})[-/.](\d{4})$/.exec(trimmed);
  if (match) return Number(match[1]) >= 1 && Number(match[1]) <= 12 ? `${match[2]}-${pad(Number(match[1]))}` : undefined;
  match = /^([a-z]+\.?),?\s+(\d{4})$/i.exec(trimmed);
  if (match) {
    const month = monthNumberFromName(match[1]!);
    return month ? `${match[2]}-${pad(month)}` : undefined;
  }
  match = /^(\d{4}),?\s+([a-z]+\.?)$/i.exec(trimmed);
  if (match) {
    const month = monthNumberFromName(match[2]!);
    return month ? `${match[1]}-${pad(month)}` : undefined;
  }
  return undefined;
}

/** "2025-08-19" for a date written "19 August 2025" or "19/08/2025", if clear. */
function suggestDate(value: string): string | undefined {
  const trimmed = value.trim();
  let match = /^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+\.?),?\s+(\d{4})$/i.exec(trimmed);
  if (match) {
    const month = monthNumberFromName(match[2]!);
    return month ? `${match[3]}-${pad(month)}-${pad(Number(match[1]))}` : undefined;
  }
  match = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(trimmed);
  // UK order: day/month/year.
  if (match) return `${match[3]}-${pad(Number(match[2]))}-${pad(Number(match[1]))}`;
  match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (match) return `${match[1]}-${pad(Number(match[2]))}-${pad(Number(match[3]))}`;
  return undefined;
}

/** A month written "YYYY-MM", in quotes, for an occurrence whose day is not known yet. */
export const yearMonthSchema = z.unknown().transform((value, ctx) => {
  const fail = (message: string) => {
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  };
  if (value instanceof Date) {
    const day = value.toISOString().slice(0, 10);
    return fail(
      `A month is written as "YYYY-MM", but this is a whole date.\nFix: if the day is known, write date: "${day}" instead of month; if only the month is known, write month: "${day.slice(0, 7)}", with the quotes.`,
    );
  }
  if (typeof value === 'string') {
    const exact = /^(\d{4})-(\d{2})$/.exec(value);
    if (exact) {
      const month = Number(exact[2]);
      if (month >= 1 && month <= 12) return value;
      return fail(`There is no month ${exact[2]}: months go from 01 (January) to 12 (December).\nFix: check the month.`);
    }
    if (looksLikeTbc(value)) {
      return fail('If not even the month is known, the occurrence has no month.\nFix: delete the month line and write tbc: true instead.');
    }
    const suggestion = suggestMonth(value);
    if (suggestion) {
      return fail(`A month is written as "YYYY-MM", with the month as two digits.\nFix: write month: "${suggestion}", with the quotes.`);
    }
  }
  return fail('Expected a month written as "YYYY-MM", such as "2025-09" for September 2025.\nFix: write the year, a hyphen and the month as two digits, in quotes.');
});

/** An occurrence's date: like isoDate, with hints for the ways editors write dates. */
const occurrenceDateSchema = z.unknown().transform((value, ctx) => {
  const fail = (message: string) => {
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  };
  if (typeof value === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    if (looksLikeTbc(value)) {
      return fail('If the date is not known yet, the occurrence has no date.\nFix: delete the date line and write month: "YYYY-MM" if the month is known, or tbc: true if it is not.');
    }
    if (/^\d{4}-\d{1,2}$/.test(value) || /^[a-z]+\.?,?\s+\d{4}$/i.test(value)) {
      const month = suggestMonth(value);
      return fail(
        `This is a month, not a date.\nFix: if only the month is known, replace the date line with month: "${month ?? 'YYYY-MM'}"; if the day is known, write date: "YYYY-MM-DD".`,
      );
    }
    const suggestion = suggestDate(value);
    if (suggestion) {
      return fail(`Expected a date written as "YYYY-MM-DD".\nFix: write it as "${suggestion}", with the quotes.`);
    }
  }
  const result = isoDate.safeParse(value);
  if (!result.success) {
    for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
    return z.NEVER;
  }
  return result.data;
});

/** A time in quotes, "HH:MM" on the 24-hour clock, in UK time (Europe/London). */
export const wallTimeSchema = z.unknown().transform((value, ctx) => {
  const fail = (message: string) => {
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  };
  if (typeof value === 'number') {
    // YAML 1.1 reads an unquoted 14:00 as base-60 arithmetic: 14 × 60 + 0 = 840.
    const quoted =
      Number.isInteger(value) && value >= 0 && value < 24 * 60
        ? `"${pad(Math.floor(value / 60))}:${pad(value % 60)}"`
        : '"14:00"';
    return fail(
      `Times must be in quotes, or YAML turns them into a number (this one became ${value}).\nFix: write it as ${quoted}, with the quotes.`,
    );
  }
  if (typeof value === 'string') {
    const exact = /^(\d{2}):(\d{2})$/.exec(value);
    if (exact) {
      if (Number(exact[1]) <= 23 && Number(exact[2]) <= 59) return value;
      return fail(`There is no such time as ${value}.\nFix: use the 24-hour clock, from "00:00" to "23:59" (midnight at the end of the day is "00:00").`);
    }
    if (looksLikeTbc(value)) {
      return fail('If the time is not known yet, leave the times out.\nFix: delete both the start and end lines; the site then says "Time to be confirmed".');
    }
    const lower = value.trim().toLowerCase();
    let suggestion: string | undefined;
    if (lower === 'midday' || lower === 'noon') suggestion = '12:00';
    else if (lower === 'midnight') suggestion = '00:00';
    const twelveHour = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)$/.exec(lower);
    if (twelveHour && Number(twelveHour[1]) >= 1 && Number(twelveHour[1]) <= 12) {
      const hour = (Number(twelveHour[1]) % 12) + (twelveHour[3] === 'pm' ? 12 : 0);
      suggestion = `${pad(hour)}:${twelveHour[2] ?? '00'}`;
    }
    const loose = /^(\d{1,2})[:.](\d{2})$/.exec(lower);
    if (loose && Number(loose[1]) <= 23) suggestion = `${pad(Number(loose[1]))}:${loose[2]}`;
    if (suggestion && Number(suggestion.slice(3)) <= 59) {
      return fail(`Times are written "HH:MM" on the 24-hour clock.\nFix: write it as "${suggestion}", with the quotes.`);
    }
  }
  return fail('Expected a time written "HH:MM" on the 24-hour clock, such as "14:00" for 2pm.\nFix: write the time in quotes, for example "09:30" or "15:45".');
});

/** Who to contact to book. The site-wide contact lives in the site settings; a session may override it. */
export const bookingContactSchema = z
  .strictObject({
    team: nonEmptyText('the name of the team that takes bookings'),
    email: z
      .email({ error: 'Expected an email address such as team@example.nhs.uk.\nFix: check the address, or leave "email" out.' })
      .optional(),
    phone: z
      .string({ error: 'Expected a phone number as text.\nFix: write it in quotes, for example "020 7946 0000".' })
      .regex(/^\+?[0-9 ()-]{6,}(?:\s*(?:ext\.?|extension)\s*[0-9]+)?$/i, {
        error: 'Expected a phone number made of digits and spaces.\nFix: write it like "020 7946 0000", in quotes.',
      })
      .optional(),
  })
  .superRefine((contact, ctx) => {
    if (!contact.email && !contact.phone) {
      ctx.addIssue({
        code: 'custom',
        message: 'A booking contact needs an email address or a phone number.\nFix: add email, phone, or both.',
      });
    }
  });

export const formatSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({
      type: z.literal('online'),
      platform: nonEmptyText('the online platform (for example Microsoft Teams)'),
    }),
    z.strictObject({
      type: z.literal('in-person'),
      place: nonEmptyText('the place where the session is held'),
    }),
    z.strictObject({
      type: z.literal('both'),
      platform: nonEmptyText('the online platform (for example Microsoft Teams)'),
      place: nonEmptyText('the place where the session is held'),
    }),
  ],
  {
    error:
      'Expected the type of session: online, in-person or both.\nFix: write "type: online" with "platform: Microsoft Teams", "type: in-person" with "place:", or "type: both" with both.',
  },
);

const occurrenceStatusSchema = z.enum(['cancelled', 'moved'], {
  error:
    'Expected status to be cancelled or moved.\nFix: write status: cancelled or status: moved, or delete the status line if the occurrence is going ahead.',
});

const occurrenceFieldsSchema = z.strictObject(
  {
    id: occurrenceIdSchema,
    date: occurrenceDateSchema.optional(),
    start: wallTimeSchema.optional(),
    end: wallTimeSchema.optional(),
    month: yearMonthSchema.optional(),
    tbc: z
      .literal(true, {
        error: 'tbc can only be true.\nFix: write tbc: true when the date is not known, or delete the line when it is.',
      })
      .optional(),
    status: occurrenceStatusSchema.optional(),
    note: nonEmptyText('a note').optional(),
  },
  {
    error: (issue) =>
      issue.code === 'invalid_type'
        ? 'Each occurrence is a group of fields starting with "- id:".\nFix: write it like the examples in docs/editing-the-schedule.md.'
        : undefined,
  },
);

type OccurrenceFields = z.output<typeof occurrenceFieldsSchema>;

/** The end time "00:00" means midnight at the end of the day. */
const endOfDayMinutes = (time: string) => (time === '00:00' ? 24 * 60 : minutesOf(time));
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

function checkClockChange(date: string, time: string, field: 'start' | 'end', ctx: z.RefinementCtx) {
  // "00:00" as an end time is the following midnight, which always exists.
  if (field === 'end' && time === '00:00') return;
  const resolved = resolveLondonTime(date, time);
  if (resolved.kind === 'gap') {
    ctx.addIssue({
      code: 'custom',
      path: [field],
      message: `${time} does not exist on ${formatDate(date)}: the clocks go forward an hour at 1am, straight to 2am.\nFix: check the time. Any time from "02:00" is fine that day.`,
    });
  } else if (resolved.kind === 'overlap') {
    ctx.addIssue({
      code: 'custom',
      path: [field],
      message: `${time} happens twice on ${formatDate(date)}: the clocks go back an hour at 2am, to 1am.\nFix: check the time. Avoid times from "01:00" to "01:59" that day, so that everyone turns up at the same moment.`,
    });
  }
}

/**
 * An occurrence has exactly one kind of date:
 * - date, start and end: the day and the times are known;
 * - date only: the day is known, the time is to be confirmed;
 * - month: only the month is known;
 * - tbc: true: nothing is known yet.
 */
export const occurrenceSchema = occurrenceFieldsSchema
  .superRefine((occurrence, ctx) => {
    const { date, start, end, month, tbc, status, note } = occurrence;
    const kinds = [date !== undefined && 'date', month !== undefined && 'month', tbc && 'tbc: true'].filter(Boolean);
    if (kinds.length === 0) {
      ctx.addIssue({
        code: 'custom',
        message:
          'This occurrence does not say when it is.\nFix: add date: "YYYY-MM-DD" if the day is known, month: "YYYY-MM" if only the month is known, or tbc: true if neither is.',
      });
    } else if (kinds.length > 1) {
      ctx.addIssue({
        code: 'custom',
        path: [tbc ? 'tbc' : 'month'],
        message: `An occurrence has one of date, month or tbc: true, but this one has ${kinds.join(' and ')}.\nFix: keep the most exact one you know (date, then month) and delete the other.`,
      });
    }
    if ((start !== undefined || end !== undefined) && date === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [start !== undefined ? 'start' : 'end'],
        message: 'A time needs a date.\nFix: add date: "YYYY-MM-DD", or delete the start and end lines until the day is known.',
      });
    } else if (start !== undefined && end === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['start'],
        message: 'There is a start time but no end time.\nFix: add end: "HH:MM" on the next line, or delete start if the time is not known yet.',
      });
    } else if (end !== undefined && start === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: 'There is an end time but no start time.\nFix: add start: "HH:MM" on the line before, or delete end if the time is not known yet.',
      });
    } else if (date !== undefined && start !== undefined && end !== undefined) {
      if (endOfDayMinutes(end) <= minutesOf(start)) {
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          message: `The session ends (${end}) before it starts (${start}).\nFix: check both times. They use the 24-hour clock, so 1:30pm is "13:30".`,
        });
      }
      checkClockChange(date, start, 'start', ctx);
      checkClockChange(date, end, 'end', ctx);
    }
    if (status === 'moved' && note === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: 'A moved occurrence needs a note saying when it moved to.\nFix: add a note such as note: "Moved to Tuesday 3 March 2026", and add the new date as another occurrence.',
      });
    }
  })
  .transform((occurrence: OccurrenceFields) => {
    const base = {
      id: occurrence.id,
      status: occurrence.status ?? ('scheduled' as const),
      ...(occurrence.note !== undefined ? { note: occurrence.note } : {}),
    };
    if (occurrence.date !== undefined && occurrence.start !== undefined && occurrence.end !== undefined) {
      return { ...base, precision: 'time' as const, date: occurrence.date, start: occurrence.start, end: occurrence.end };
    }
    if (occurrence.date !== undefined) return { ...base, precision: 'day' as const, date: occurrence.date };
    if (occurrence.month !== undefined) return { ...base, precision: 'month' as const, month: occurrence.month };
    return { ...base, precision: 'unknown' as const };
  });

/** Like `id` on the item, but read from data that may not have parsed. */
function rawField(item: unknown, key: string): unknown {
  return item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined;
}

const occurrencesSchema = z
  .array(occurrenceSchema, {
    error: 'Expected a list of occurrences.\nFix: list each date under "occurrences:", each starting with "- id:".',
  })
  .min(1, {
    error: 'A session needs at least one occurrence.\nFix: add one; if no date is known yet, write "- id: first-session" and "tbc: true".',
  })
  .superRefine(
    (occurrences, ctx) => {
      // Runs even when an occurrence has other mistakes, so that every problem is reported at once.
      const firstIndex = new Map<string, number>();
      occurrences.forEach((item: unknown, index) => {
        const id = rawField(item, 'id');
        if (typeof id !== 'string') return;
        const first = firstIndex.get(id);
        if (first === undefined) {
          firstIndex.set(id, index);
          return;
        }
        ctx.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `Two occurrences have the id "${id}" (this one and number ${first + 1} in the list).\nFix: give this one an id of its own, such as "${id}-2". Do not change ids that are already published.`,
        });
      });
    },
    { when: (payload) => Array.isArray(payload.value) },
  );

export const sessionSchema = z
  .strictObject(
    {
      slug: sessionSlugSchema,
      title: nonEmptyText('a title'),
      summary: nonEmptyText('a summary').max(160, {
        error: 'The summary is longer than 160 characters, so lists and search engines will cut it off.\nFix: shorten it to one plain sentence.',
      }),
      category: categorySchema,
      audience: nonEmptyText('who the session is for'),
      description: nonEmptyText('a description'),
      /** What the session covers. Leave out when the organisers have not said. */
      topics: z
        .array(nonEmptyText('a topic'), {
          error: 'Expected a list of topics.\nFix: write each topic on its own line, starting with "- ".',
        })
        .min(1, { error: 'The list of topics is empty.\nFix: add at least one topic, or delete the "topics:" line.' })
        .optional(),
      format: formatSchema,
      /** Overrides the site-wide booking contact from the site settings. */
      booking: bookingContactSchema.optional(),
      lastReviewed: isoDate,
      nextReview: isoDate,
      occurrences: occurrencesSchema,
    },
    {
      error: (issue) =>
        issue.code === 'invalid_type'
          ? 'The file is empty or is not a list of fields.\nFix: start from the example in docs/editing-the-schedule.md.'
          : undefined,
    },
  )
  .superRefine(...reviewDatesRefinement);

export type Session = z.output<typeof sessionSchema>;
export type Occurrence = z.output<typeof occurrenceSchema>;
export type OccurrencePrecision = Occurrence['precision'];
export type SessionFormat = z.output<typeof formatSchema>;
export type BookingContact = z.output<typeof bookingContactSchema>;
