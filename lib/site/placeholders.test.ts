import { expect, test } from 'vitest';
import {
  isPlaceholderDomain,
  isPlaceholderEmail,
  isPlaceholderPhone,
  isPlaceholderUrl,
  ofcomDramaPrefixes,
  placeholderSettings,
  ukNationalDigits,
} from './placeholders';

test('the London drama numbers are placeholders however they are written', () => {
  for (const phone of ['020 7946 0000', '020 7946 0999', '02079460001', '+44 20 7946 0001', '+44 (0)20 7946 0001', '0044 20 7946 0001', '(020) 7946-0001']) {
    expect(isPlaceholderPhone(phone), phone).toBe(true);
  }
});

test('the first and last number of every drama range are placeholders', () => {
  for (const prefix of ofcomDramaPrefixes) {
    expect(isPlaceholderPhone(`${prefix}000`), prefix).toBe(true);
    expect(isPlaceholderPhone(`${prefix}999`), prefix).toBe(true);
  }
  expect(isPlaceholderPhone('07700 900461')).toBe(true);
  expect(isPlaceholderPhone('0113 496 0123')).toBe(true);
  expect(isPlaceholderPhone('01632 960123')).toBe(true);
});

test('real-looking numbers next to the drama ranges are not placeholders', () => {
  for (const phone of ['020 7946 1000', '020 7946 9000', '020 7188 7188', '0808 808 00 00', '116 123', '111', '999', '07700 901000', '0113 496 1000']) {
    expect(isPlaceholderPhone(phone), phone).toBe(false);
  }
});

test('text that is not a phone number is not a placeholder number', () => {
  for (const phone of ['', 'to be confirmed', '020 7946 000', '020 7946 00000', '020 7946 0000 ext 12']) {
    expect(isPlaceholderPhone(phone), phone).toBe(false);
  }
});

test('UK numbers are reduced to their national digits', () => {
  expect(ukNationalDigits('+44 (0)20 7946 0018')).toBe('02079460018');
  expect(ukNationalDigits('0044 7700 900123')).toBe('07700900123');
  expect(ukNationalDigits('+1 212 555 0100')).toBeUndefined();
});

test('the reserved example domains and everything below them are placeholders', () => {
  for (const host of ['example.org', 'cancer-rehab.example.org', 'EXAMPLE.COM', 'www.example.net.', 'team.test', 'site.example', 'nowhere.invalid', 'localhost']) {
    expect(isPlaceholderDomain(host), host).toBe(true);
  }
});

test('real domains that only contain the word example are not placeholders', () => {
  for (const host of ['nhs.uk', 'example.co.uk', 'notexample.org', 'example.org.uk', 'myexample.com', 'testing.nhs.uk']) {
    expect(isPlaceholderDomain(host), host).toBe(false);
  }
});

test('an email address is a placeholder when its domain is reserved', () => {
  expect(isPlaceholderEmail('cancer-support@example.org')).toBe(true);
  expect(isPlaceholderEmail('someone@team.test')).toBe(true);
  expect(isPlaceholderEmail('cancer.support@nhs.net')).toBe(false);
  expect(isPlaceholderEmail('not an email')).toBe(false);
});

test('a web address is a placeholder when its host is reserved', () => {
  expect(isPlaceholderUrl('https://cancer-rehab.example.org')).toBe(true);
  expect(isPlaceholderUrl('https://www.example.com/path?x=1')).toBe(true);
  expect(isPlaceholderUrl('https://www.nhs.uk/conditions/sepsis/')).toBe(false);
  expect(isPlaceholderUrl('not a url')).toBe(false);
});

test('every placeholder in the site settings is named by its field', () => {
  const settings = {
    url: 'https://cancer-rehab.example.org',
    contact: { email: 'cancer-support@example.org', phone: '020 7946 0000', urgentLine: '020 7946 0001' },
  };
  expect(placeholderSettings(settings).map((entry) => entry.field)).toEqual(['url', 'contact.email', 'contact.phone', 'contact.urgentLine']);
});

test('a missing 24-hour line counts as a placeholder, and real-looking settings are not reported', () => {
  const settings = { url: 'https://www.nhs.uk', contact: { email: 'team@nhs.net', phone: '020 7188 7188' } };
  expect(placeholderSettings(settings)).toEqual([{ field: 'contact.urgentLine', value: '(not set)' }]);
});
