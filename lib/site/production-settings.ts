import type { Problem } from '../content-error';
import type { SiteSettings } from '../schemas/site';
import { isPlaceholderEmail, isPlaceholderPhone, isPlaceholderUrl } from './placeholders';

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
  const checks: Array<{ field: string; value: string; placeholder: boolean; what: string; example: string }> = [
    { field: 'url', value: settings.url, placeholder: isPlaceholderUrl(settings.url), what: 'the address the site is published at', example: '"https://www.your-trust.nhs.uk/cancer-rehab"' },
    { field: 'contact.email', value: settings.contact.email, placeholder: isPlaceholderEmail(settings.contact.email), what: "the team's real email address", example: 'the address the team reads every day' },
    { field: 'contact.phone', value: settings.contact.phone, placeholder: isPlaceholderPhone(settings.contact.phone), what: "the team's real phone number", example: 'the number patients should ring' },
  ];
  if (settings.contentTeamEmail !== undefined) {
    const value = settings.contentTeamEmail;
    checks.push({ field: 'contentTeamEmail', value, placeholder: isPlaceholderEmail(value), what: "the content team's real email address", example: 'the address the people who write the site read' });
  }
  return checks
    .filter((check) => check.placeholder)
    .map((check) => ({
      file,
      line: lineOf(check.field),
      field: check.field,
      message: `The setting "${check.field}" still holds a placeholder (${check.value}), which reaches nobody. A production build (SITE_ENV=production) cannot publish it.`,
      expected: check.what,
      found: check.value,
      fix: `Replace it in ${file} with ${check.example}. Placeholders are example.org and similar reserved addresses, and Ofcom's drama phone numbers.`,
      severity: 'error' as const,
    }));
}
