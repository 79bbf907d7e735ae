import { expect, test } from 'vitest';
import { lineContaining, readFixture, serviceFromFixture } from '../../tests/fixtures/local-support/services';
import { CHECK_GRACE_DAYS, freshness, freshnessProblems, visibleServices } from './freshness';

// The fixture's nextCheck is "2027-05-01"; each test says what day it is.
const fixture = readFixture('valid/drop-in-centre.yaml');
const service = serviceFromFixture('valid/drop-in-centre.yaml');

test('a service is current up to and including its nextCheck date', () => {
  expect(freshness(service, '2027-04-30')).toBe('current');
  expect(freshness(service, '2027-05-01')).toBe('current');
  expect(freshnessProblems([service], '2027-05-01')).toEqual([]);
});

test('the day after nextCheck, content:check warns, on the nextCheck line, and says when it will be hidden', () => {
  expect(freshness(service, '2027-05-02')).toBe('overdue');
  const [problem, ...rest] = freshnessProblems([service], '2027-05-02');
  expect(rest).toEqual([]);
  expect(problem).toMatchObject({
    file: 'tests/fixtures/local-support/valid/drop-in-centre.yaml',
    line: lineContaining(fixture.text, 'nextCheck: "2027-05-01"'),
    field: 'nextCheck',
    severity: 'warning',
    found: '2027-05-01',
  });
  expect(problem!.message).toBe(
    '"Example Cancer Information Centre" was due to be checked on 1 May 2027. If it is not checked by 31 May 2027, it will be hidden from the directory.',
  );
  expect(problem!.fix).toContain('set lastChecked to today');
});

test(`more than ${CHECK_GRACE_DAYS} days overdue, the service is hidden from the directory and the check says so`, () => {
  expect(freshness(service, '2027-05-31')).toBe('overdue');
  expect(freshness(service, '2027-06-01')).toBe('hidden');
  expect(visibleServices([service], '2027-05-31')).toEqual([service]);
  expect(visibleServices([service], '2027-06-01')).toEqual([]);
  const [problem] = freshnessProblems([service], '2027-06-01');
  expect(problem).toMatchObject({ file: fixture.file, line: lineContaining(fixture.text, 'nextCheck:'), severity: 'warning' });
  expect(problem!.message).toContain('is HIDDEN from the directory');
});
