import { z } from 'zod';
import { addYears, isoDate, nonEmptyText } from '../schemas/common';
import { allAreas, type Area } from './areas';
import { needIds, needs } from './needs';

/**
 * One file per service in content/local-support/services/<slug>.yaml. The
 * format was agreed between the engineers and is documented for editors in
 * docs/editing-local-support.md: keep the two in step. Every message is
 * "What is wrong.\nFix: what to do" (see zodProblems in lib/yaml-source.ts),
 * because the editor reading it may not be a developer.
 *
 * The areas a service may name come from the site settings, so the schema is
 * made for a list of areas (makeServiceSchema).
 */

export const audienceValues = ['patients', 'carers', 'professionals'] as const;
export type Audience = (typeof audienceValues)[number];

export const howToGetValues = ['drop-in', 'self-referral', 'referral', 'online', 'phone'] as const;
export type HowToGet = (typeof howToGetValues)[number];

/** How each way in is named in filters and lists. */
export const howToGetLabels: Record<HowToGet, string> = {
  'drop-in': 'Drop in',
  'self-referral': 'Refer yourself',
  referral: 'Referral by your care team or GP',
  online: 'Online',
  phone: 'By phone',
};

export const dayValues = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Day = (typeof dayValues)[number];

const pad = (value: number) => String(value).padStart(2, '0');

/** Minutes since midnight for "HH:MM" ("24:00" is 1440). */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * An opening or closing time: "HH:MM" on the 24-hour clock, in quotes.
 * `closes` may be "24:00" (midnight at the end of the day).
 */
function openingTimeSchema(field: 'opens' | 'closes') {
  return z.unknown().transform((value, ctx) => {
    const fail = (message: string) => {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    };
    if (typeof value === 'number') {
      // YAML 1.1 reads an unquoted 09:00 as base-60 arithmetic: 9 × 60 + 0 = 540.
      const quoted =
        Number.isInteger(value) && value >= 0 && value < 24 * 60
          ? `"${pad(Math.floor(value / 60))}:${pad(value % 60)}"`
          : '"09:00"';
      return fail(`Times must be in quotes, or YAML turns them into a number (this one became ${value}).\nFix: write it as ${quoted}, with the quotes.`);
    }
    if (typeof value === 'string') {
      const exact = /^(\d{2}):(\d{2})$/.exec(value);
      if (exact) {
        const [hour, minute] = [Number(exact[1]), Number(exact[2])];
        if (hour <= 23 && minute <= 59) return value;
        if (field === 'closes' && value === '24:00') return value;
        return fail(
          `There is no such time as ${value}.\nFix: use the 24-hour clock, from "00:00" to "23:59"${field === 'closes' ? ' (write "24:00" for midnight at the end of the day)' : ''}.`,
        );
      }
      const lower = value.trim().toLowerCase();
      let suggestion: string | undefined;
      if (lower === 'midday' || lower === 'noon') suggestion = '12:00';
      else if (lower === 'midnight') suggestion = field === 'closes' ? '24:00' : '00:00';
      const twelveHour = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)$/.exec(lower);
      if (twelveHour && Number(twelveHour[1]) >= 1 && Number(twelveHour[1]) <= 12) {
        suggestion = `${pad((Number(twelveHour[1]) % 12) + (twelveHour[3] === 'pm' ? 12 : 0))}:${twelveHour[2] ?? '00'}`;
      }
      const loose = /^(\d{1,2})[:.](\d{2})$/.exec(lower);
      if (loose && Number(loose[1]) <= 23 && Number(loose[2]) <= 59) suggestion = `${pad(Number(loose[1]))}:${loose[2]}`;
      if (suggestion) return fail(`Times are written "HH:MM" on the 24-hour clock.\nFix: write it as "${suggestion}", with the quotes.`);
    }
    return fail('Expected a time written "HH:MM" on the 24-hour clock, such as "17:30" for 5:30pm.\nFix: write the time in quotes, for example "09:00".');
  });
}

/** A UK phone number, as people dial it from a UK phone. */
export const ukPhoneSchema = z.unknown().transform((value, ctx) => {
  const fail = (message: string) => {
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  };
  if (typeof value === 'number') {
    return fail('Phone numbers must be in quotes, or YAML may turn them into a number and lose the 0 at the start.\nFix: write it in quotes, like "0808 808 00 00".');
  }
  if (typeof value !== 'string' || !value.trim()) {
    return fail('Expected a phone number as text.\nFix: write it in quotes, like "0808 808 00 00", or delete the phone line.');
  }
  const digits = value.replace(/\s+/g, '');
  if (/^(0\d{9,10}|116\d{3}|111|999)$/.test(digits)) return value.trim();
  const international = /^(?:\+|00)44\(?0?\)?(\d{9,10})$/.exec(digits.replace(/[()-]/g, ''));
  if (international) {
    return fail(`Write the number as people dial it in the UK, starting with 0.\nFix: write it as "0${international[1]}", with spaces where the service puts them.`);
  }
  if (/^[0-9+()\- ]+$/.test(value) && /[()-]/.test(value) && /^(0\d{9,10}|116\d{3})$/.test(value.replace(/[\s()-]/g, ''))) {
    return fail('Write the number with digits and spaces only, so phones can dial it.\nFix: take out the brackets and hyphens.');
  }
  return fail(
    'This is not a UK phone number: it should be 0 and then 10 or 11 digits in all, such as "020 7946 0000", or a short helpline such as "116 123" or "111".\nFix: check the number against the source, or delete the phone line.',
  );
});

const httpsUrl = (what: string) =>
  z
    .url({ error: `Expected ${what}, starting with https://.\nFix: copy the address from the browser's address bar.` })
    .refine((url) => url.startsWith('https://'), {
      error: `The address must start with https://, so that it is secure.\nFix: check the site has an https address and use that.`,
    });

const openingHoursEntrySchema = z
  .strictObject(
    {
      days: z
        .array(
          z.enum(dayValues, {
            error: 'Expected a day of the week in lower case: monday, tuesday, wednesday, thursday, friday, saturday or sunday.\nFix: write the day in full, in lower case.',
          }),
          { error: 'Expected a list of days, like [monday, tuesday].\nFix: write the days in square brackets, separated by commas.' },
        )
        .min(1, { error: 'The list of days is empty.\nFix: add the days these hours apply to.' }),
      opens: openingTimeSchema('opens').optional(),
      closes: openingTimeSchema('closes').optional(),
      allDay: z
        .literal(true, { error: 'allDay can only be true.\nFix: write allDay: true for a service open 24 hours, or delete the line.' })
        .optional(),
    },
    {
      error: (issue) =>
        issue.code === 'invalid_type'
          ? 'Each entry of openingHours is a group of fields starting with "- days:".\nFix: write it like the example in docs/editing-local-support.md.'
          : undefined,
    },
  )
  .superRefine((entry, ctx) => {
    const { days, opens, closes, allDay } = entry;
    if (allDay && (opens !== undefined || closes !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [opens !== undefined ? 'opens' : 'closes'],
        message: 'A service open all day has no opening and closing times.\nFix: delete opens and closes, or delete allDay: true.',
      });
    } else if (!allDay && opens === undefined && closes === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['days'],
        message: 'These days have no times.\nFix: add opens: "HH:MM" and closes: "HH:MM", or allDay: true if it is open 24 hours.',
      });
    } else if (!allDay && opens === undefined) {
      ctx.addIssue({ code: 'custom', path: ['closes'], message: 'There is a closing time but no opening time.\nFix: add opens: "HH:MM" on the line before.' });
    } else if (!allDay && closes === undefined) {
      ctx.addIssue({ code: 'custom', path: ['opens'], message: 'There is an opening time but no closing time.\nFix: add closes: "HH:MM" on the next line.' });
    } else if (opens !== undefined && closes !== undefined && minutesOf(closes) <= minutesOf(opens)) {
      ctx.addIssue({
        code: 'custom',
        path: ['closes'],
        message: `The service closes (${closes}) before it opens (${opens}).\nFix: check both times. They use the 24-hour clock, so 5pm is "17:00".`,
      });
    }
    const repeated = days.filter((day, index) => days.indexOf(day) !== index);
    if (repeated.length) {
      ctx.addIssue({ code: 'custom', path: ['days'], message: `${repeated[0]} is listed twice.\nFix: list each day once.` });
    }
  })
  .transform((entry) =>
    entry.allDay
      ? { days: entry.days, allDay: true as const }
      : { days: entry.days, allDay: false as const, opens: entry.opens!, closes: entry.closes! },
  );

export type OpeningHours = z.output<typeof openingHoursEntrySchema>;

const postcodePattern = /^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$/;

const addressSchema = z.strictObject({
  lines: z
    .array(nonEmptyText('a line of the address'), {
      error: 'Expected the address as a list of lines.\nFix: write lines: ["Ground floor", "Example Hospital", "London"].',
    })
    .min(1, { error: 'The address has no lines.\nFix: add the lines of the address, or delete address.' }),
  postcode: z
    .string({ error: 'Expected a postcode as text.\nFix: write it in capitals with one space, like "SE5 9RS".' })
    .refine((postcode) => postcodePattern.test(postcode), {
      error: 'Expected a UK postcode in capitals with one space, like "SE5 9RS".\nFix: check the postcode against the source.',
    }),
});

export function makeServiceSchema(siteAreas: readonly Area[]) {
  const areaIds = allAreas(siteAreas).map((area) => area.id);
  return z
    .strictObject(
      {
        name: nonEmptyText('the name of the service'),
        organisation: nonEmptyText('the organisation that runs it'),
        summary: nonEmptyText('a summary').max(200, {
          error: 'The summary is longer than 200 characters, so lists will be hard to scan.\nFix: shorten it to one or two plain sentences, and put the rest in description.',
        }),
        description: nonEmptyText('a description').optional(),
        needs: z
          .array(
            z.enum(needIds, { error: `Expected one of the needs: ${needIds.join(', ')}.\nFix: use the need from this list that fits best (see docs/editing-local-support.md).` }),
            { error: 'Expected a list of needs, like [information, feelings].\nFix: write the needs in square brackets, separated by commas.' },
          )
          .min(1, { error: 'A service needs at least one need, or nobody will find it.\nFix: add the kind of help it gives, such as information.' }),
        for: z
          .array(z.enum(audienceValues, { error: 'Expected patients, carers or professionals.\nFix: write one of these three words.' }), {
            error: 'Expected a list of who it is for, like [patients, carers].\nFix: write it in square brackets.',
          })
          .min(1, { error: 'Say who the service is for.\nFix: add patients, carers or professionals.' }),
        cancers: z
          .union([z.literal('any'), z.array(nonEmptyText('the name of a cancer')).min(1)], {
            error: 'Expected any, or a list of cancers such as [breast cancer].\nFix: write cancers: any if the service is for everyone, or list the cancers.',
          })
          .default('any'),
        howToGet: z
          .array(
            z.enum(howToGetValues, { error: `Expected one of: ${howToGetValues.join(', ')}.\nFix: use referral when your care team or GP refers you, self-referral when you can contact the service yourself.` }),
            { error: 'Expected a list of ways to get the help, like [phone, self-referral].\nFix: write them in square brackets.' },
          )
          .min(1, { error: 'Say how people get this help.\nFix: add drop-in, self-referral, referral, online or phone.' }),
        areas: z
          .array(
            z.enum(areaIds as [string, ...string[]], {
              error: `Expected one of the areas: ${areaIds.join(', ')}.\nFix: use an area id from content/site.yaml, or online or national. To add an area, add it to areas in content/site.yaml first.`,
            }),
            { error: 'Expected a list of areas, like [lambeth, southwark].\nFix: write the areas in square brackets.' },
          )
          .min(1, { error: 'Say where the service is available.\nFix: add an area, or national for anywhere in the UK.' }),
        address: addressSchema.optional(),
        phone: ukPhoneSchema.optional(),
        phoneNote: nonEmptyText('a note about the phone line').optional(),
        email: z.email({ error: 'Expected an email address such as team@example.org.\nFix: check the address, or delete the email line.' }).optional(),
        website: httpsUrl("the address of the service's own web page").optional(),
        openingHours: z
          .array(openingHoursEntrySchema, { error: 'Expected a list of opening hours, each starting with "- days:".\nFix: see the example in docs/editing-local-support.md.' })
          .min(1, { error: 'The list of opening hours is empty.\nFix: add the hours, or delete the openingHours line.' })
          .optional(),
        openingNote: nonEmptyText('a note about opening hours').optional(),
        cost: nonEmptyText('what it costs').optional(),
        languages: z.array(nonEmptyText('a language')).min(1).optional(),
        accessibility: z
          .strictObject({
            stepFree: z.boolean({ error: 'Expected true or false.\nFix: write true or false, or delete the line if not known.' }).optional(),
            hearingLoop: z.boolean({ error: 'Expected true or false.\nFix: write true or false, or delete the line if not known.' }).optional(),
            interpreters: z.boolean({ error: 'Expected true or false.\nFix: write true or false, or delete the line if not known.' }).optional(),
          })
          .optional(),
        source: z.strictObject({
          publisher: nonEmptyText('who published the source'),
          title: nonEmptyText('the title of the source page'),
          url: httpsUrl('the address of the source page'),
        }, { error: 'Every service needs a source: where its details come from.\nFix: add source with publisher, title and url.' }),
        lastChecked: isoDate,
        nextCheck: isoDate,
      },
      {
        error: (issue) =>
          issue.code === 'invalid_type'
            ? 'The file is empty or is not a list of fields.\nFix: start from the example in docs/editing-local-support.md.'
            : undefined,
      },
    )
    .superRefine(
      (service, ctx) => {
        const { lastChecked, nextCheck } = service as { lastChecked: unknown; nextCheck: unknown };
        const valid = (value: unknown): value is string => isoDate.safeParse(value).success;
        if (!valid(lastChecked) || !valid(nextCheck)) return;
        if (nextCheck <= lastChecked) {
          ctx.addIssue({
            code: 'custom',
            path: ['nextCheck'],
            message: `The next check (${nextCheck}) must come after the last check (${lastChecked}).\nFix: set nextCheck to a later date, at most a year after lastChecked.`,
          });
        } else if (nextCheck > addYears(lastChecked, 1)) {
          ctx.addIssue({
            code: 'custom',
            path: ['nextCheck'],
            message: `The next check (${nextCheck}) is more than a year after the last (${lastChecked}): phone numbers and opening times change.\nFix: set nextCheck to "${addYears(lastChecked, 1)}" or earlier.`,
          });
        }
      },
      { when: (payload) => payload.value !== null && typeof payload.value === 'object' },
    );
}

export type ServiceData = z.output<ReturnType<typeof makeServiceSchema>>;

/** A service as the site uses it: its data, where it came from, and its slug (the file name). */
export type Service = ServiceData & {
  slug: string;
  file: string;
  /** Line of nextCheck in the file, for the overdue warnings. */
  nextCheckLine?: number;
};

export { needs };
