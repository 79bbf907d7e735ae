import { z } from 'zod';
import { siteAreasSchema } from '../local-support/areas';
import { nonEmptyText, sitePath } from './common';

const linkSchema = z.strictObject({ label: nonEmptyText('the link text'), href: sitePath });

/** content/site.yaml: the settings an organisation sets once. */
export const siteSettingsSchema = z.strictObject({
  name: nonEmptyText("the site's name"),
  /** The name on one line of a phone's header; the full name is used where this is left out. */
  shortName: nonEmptyText("a short form of the site's name")
    .max(24, { error: 'The short name is longer than 24 characters, so it will not fit on one line of a phone screen.\nFix: shorten it, for example "Cancer rehab and care".' })
    .optional(),
  organisation: nonEmptyText("the organisation's name"),
  url: z.url({ error: 'Expected the address the site is published at, starting with https://.\nFix: write it like "https://www.example.org", without a slash at the end.' })
    .refine((url) => url.startsWith('https://') && !url.endsWith('/'), {
      error: 'The site address must start with https:// and have no slash at the end.\nFix: write it like "https://www.example.org".',
    }),
  contact: z.strictObject({
    team: nonEmptyText('the name of the team people contact'),
    email: z.email({ error: 'Expected an email address.\nFix: write it like "team@example.org".' }),
    phone: nonEmptyText('a phone number'),
    hours: nonEmptyText('when the phone is answered').optional(),
    /**
     * The organisation's 24-hour cancer treatment helpline (acute oncology
     * line), shown by <UrgentLine /> on /urgent-help and in urgent care cards.
     * While it is a placeholder (lib/site/placeholders.ts) or left out, pages
     * send people to the 24-hour number their own cancer team gave them.
     */
    urgentLine: z
      .string({ error: 'Expected the 24-hour helpline number as text.\nFix: write it like "020 7946 0001".' })
      .regex(/^\+?[0-9 ()-]{6,}$/, {
        error: 'Expected a phone number made of digits and spaces.\nFix: write it like "020 7946 0001", with no words around it.',
      })
      .optional(),
  }),
  footerLinks: z.array(linkSchema),
  /** The local areas the support directory covers (online and national are built in). */
  areas: siteAreasSchema.default([]),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;
