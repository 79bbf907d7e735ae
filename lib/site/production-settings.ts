import type { Problem } from '../problems/content-error';
import type { SiteSettings } from '../schemas/site';
import { isPlaceholderEmail, placeholderSettings } from './placeholders';

/**
 * A build for the live site (SITE_ENV=production) must not publish the
 * placeholder contact details content/site.yaml starts with: patients would
 * ring a number that reaches nobody. Other builds (previews, tests) may.
 */
export function isProductionBuild(env: Record<string, string | undefined> = process.env): boolean {
  return env.SITE_ENV === 'production';
}

/**
 * @param lineOf line of a setting in the file ("contact.email" → 14), for the message
 */
export function placeholderSettingProblems(
  settings: Pick<SiteSettings, 'url' | 'contact' | 'contentTeamEmail'>,
  file: string,
  lineOf: (field: string) => number | undefined = () => undefined,
): Problem[] {
  const found = placeholderSettings(settings);
  if (settings.contentTeamEmail !== undefined && isPlaceholderEmail(settings.contentTeamEmail)) {
    found.push({ field: 'contentTeamEmail', value: settings.contentTeamEmail });
  }
  const what: Record<string, string> = {
    url: 'the address the site is published at, such as "https://www.your-trust.nhs.uk/cancer-rehab"',
    'contact.email': "the team's real email address",
    'contact.phone': "the team's real phone number",
    'contact.urgentLine': "the organisation's real 24-hour cancer treatment helpline",
    contentTeamEmail: "the content team's real email address",
  };
  return found.map(({ field, value }) => ({
    file,
    // A missing setting has no line of its own: point at its parent ("contact").
    line: lineOf(field) ?? lineOf(field.split('.')[0]!),
    field,
    message:
      value === '(not set)'
        ? `The setting "${field}" is not set. A production build (SITE_ENV=production) needs it, so pages can give the real number.`
        : `The setting "${field}" still holds a placeholder (${value}), which reaches nobody. A production build (SITE_ENV=production) cannot publish it.`,
    expected: what[field] ?? 'a real contact detail',
    found: value,
    fix: `${value === '(not set)' ? 'Add' : 'Replace'} it in ${file} with ${what[field] ?? 'the real detail'}. Placeholders are example.org and similar reserved addresses, and Ofcom's drama phone numbers.`,
    severity: 'error' as const,
  }));
}
