import { expect, test } from 'vitest';
import { isPlaceholderEmail, isPlaceholderPhone, isPlaceholderUrl } from './placeholders';

test('Ofcom drama numbers are placeholders however they are written', () => {
  for (const phone of ['020 7946 0000', '020 7946 0999', '+44 20 7946 0123', '(0161) 496 0000', '07700 900461', '01632 960 123', '028 9649 6500']) {
    expect(isPlaceholderPhone(phone), phone).toBe(true);
  }
});

test('real-looking numbers outside the drama ranges are not placeholders', () => {
  for (const phone of ['020 7946 1000', '0161 497 0000', '111', '999', '028 9649 7000', '07700 901000']) {
    expect(isPlaceholderPhone(phone), phone).toBe(false);
  }
});

test('reserved example domains are placeholder email addresses and web addresses', () => {
  expect(isPlaceholderEmail('cancer-support@example.org')).toBe(true);
  expect(isPlaceholderEmail('team@mail.example.com')).toBe(true);
  expect(isPlaceholderEmail('team@hospital.test')).toBe(true);
  expect(isPlaceholderEmail('team@nhs.net')).toBe(false);
  expect(isPlaceholderEmail('team@example.org.uk')).toBe(false);
  expect(isPlaceholderUrl('https://cancer-rehab.example.org')).toBe(true);
  expect(isPlaceholderUrl('https://www.nhs.uk')).toBe(false);
  expect(isPlaceholderUrl('https://myexample.org')).toBe(false);
});
