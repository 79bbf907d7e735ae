import { expect, test } from 'vitest';
import { securityTxt } from './security-txt';

const settings = {
  url: 'https://cancer-rehab.example.org',
  contact: { team: 'Team', email: 'team@example.org', phone: '020 7946 0000' },
};

test('has a contact, a canonical address and an Expires a year after the build (RFC 9116)', () => {
  const text = securityTxt(settings, new Date('2026-12-01T10:20:30.456Z'));
  expect(text).toBe(
    [
      'Contact: mailto:team@example.org',
      'Expires: 2027-12-01T10:20:30Z',
      'Preferred-Languages: en',
      'Canonical: https://cancer-rehab.example.org/.well-known/security.txt',
      '',
    ].join('\n'),
  );
});

test('uses the security contact from the site settings when there is one', () => {
  const text = securityTxt({ ...settings, securityContact: 'https://example.org/report' }, new Date('2026-01-01T00:00:00Z'));
  expect(text).toContain('Contact: https://example.org/report\n');
});
