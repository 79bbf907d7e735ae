import { expect, test } from 'vitest';
import { siteSettingsSchema } from './site';

const settings = {
  name: 'Cancer rehabilitation and personalised care',
  organisation: 'Example Cancer Care Service',
  url: 'https://cancer-rehab.example.org',
  contact: { team: 'Cancer Support Workers team', email: 'cancer-support@example.org', phone: '020 7946 0000' },
  footerLinks: [],
};

test('the 24-hour line is optional, so a site without one still builds', () => {
  expect(siteSettingsSchema.safeParse(settings).success).toBe(true);
});

test('the 24-hour line is kept as written', () => {
  const parsed = siteSettingsSchema.parse({ ...settings, contact: { ...settings.contact, urgentLine: '020 7946 0001' } });
  expect(parsed.contact.urgentLine).toBe('020 7946 0001');
});

test('a 24-hour line with words in it is refused with a fix an editor can follow', () => {
  const result = siteSettingsSchema.safeParse({ ...settings, contact: { ...settings.contact, urgentLine: 'ring the ward' } });
  expect(result.success).toBe(false);
  const issue = result.error!.issues[0]!;
  expect(issue.path).toEqual(['contact', 'urgentLine']);
  expect(issue.message).toContain('Fix: write it like "020 7946 0001"');
});

test('a 24-hour line written as a YAML number is refused, because a number loses its leading 0', () => {
  const result = siteSettingsSchema.safeParse({ ...settings, contact: { ...settings.contact, urgentLine: 2079460001 } });
  expect(result.success).toBe(false);
});
