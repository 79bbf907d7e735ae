import { expect, test } from 'vitest';
import { isProductionBuild, placeholderSettingProblems } from './production-settings';

const placeholders = {
  url: 'https://cancer-rehab.example.org',
  contact: { team: 'Cancer Support Workers team', email: 'cancer-support@example.org', phone: '020 7946 0000', urgentLine: '020 7946 0001' },
};

test('each placeholder contact detail is named with its line', () => {
  const lines: Record<string, number> = { url: 11, 'contact.email': 14, 'contact.phone': 15, 'contact.urgentLine': 16 };
  const problems = placeholderSettingProblems(placeholders, 'content/site.yaml', (field) => lines[field]);
  expect(problems.map((problem) => [problem.field, problem.line])).toEqual([
    ['url', 11],
    ['contact.email', 14],
    ['contact.phone', 15],
    ['contact.urgentLine', 16],
  ]);
  expect(problems[2]!.message).toContain('"contact.phone" still holds a placeholder (020 7946 0000)');
});

test('real contact details pass', () => {
  const real = { url: 'https://www.nhs.uk', contact: { team: 'x', email: 'team@nhs.net', phone: '0161 123 4567', urgentLine: '0161 123 4568' } };
  expect(placeholderSettingProblems(real, 'content/site.yaml')).toEqual([]);
});

test('only SITE_ENV=production is a production build', () => {
  expect(isProductionBuild({ SITE_ENV: 'production' })).toBe(true);
  expect(isProductionBuild({ SITE_ENV: 'preview' })).toBe(false);
  expect(isProductionBuild({})).toBe(false);
});

test("the content team's address is checked when it is set", () => {
  const real = { url: 'https://www.nhs.uk', contact: { team: 'x', email: 'team@nhs.net', phone: '0161 123 4567', urgentLine: '0161 123 4568' } };
  const problems = placeholderSettingProblems({ ...real, contentTeamEmail: 'content@example.com' }, 'content/site.yaml');
  expect(problems.map((problem) => problem.field)).toEqual(['contentTeamEmail']);
});
