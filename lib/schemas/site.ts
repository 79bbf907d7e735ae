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
   * Where "Report a problem with this page" emails go: the people who write
   * the site. Leave out to use contact.email.
   */
  contentTeamEmail: z.email({ error: 'Expected an email address.\nFix: write it like "content-team@example.org", or leave "contentTeamEmail" out.' }).optional(),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;
