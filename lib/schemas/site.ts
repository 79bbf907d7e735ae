import { z } from 'zod';
import { nonEmptyText, sitePath } from './common';

const linkSchema = z.strictObject({ label: nonEmptyText('the link text'), href: sitePath });

/** content/site.yaml: the settings an organisation sets once. */
export const siteSettingsSchema = z.strictObject({
  name: nonEmptyText("the site's name"),
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
  }),
  footerLinks: z.array(linkSchema),
  /**
   * Where to report a security problem with the site, for
   * /.well-known/security.txt: "mailto:…" or "https://…". Without it, the
   * contact email above is used.
   */
  securityContact: z
    .string()
    .regex(/^(mailto:[^@\s]+@[^@\s]+|https:\/\/\S+)$/, {
      error: 'Expected "mailto:" and an email address, or a web address starting with https://.\nFix: write it like "mailto:security@example.org".',
    })
    .optional(),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;
