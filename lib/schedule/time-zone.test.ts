import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { scheduleSnapshot } from '../../tests/fixtures/schedule/snapshot';

/**
 * The build server's time zone must not change a single byte of what the
 * site says. This process runs with TZ=America/New_York (vitest.config.ts);
 * each child below computes the same snapshot (formatted dates, instants,
 * grouping at fixed instants, mailto links, .ics files, JSON-LD) with
 * another TZ. Lord Howe Island is there because its clocks move by half an
 * hour, which catches code that assumes whole-hour offsets.
 */
const printer = fileURLToPath(new URL('../../tests/fixtures/schedule/print-snapshot.ts', import.meta.url));

function snapshotIn(timeZone: string): string {
  return execFileSync(process.execPath, ['--import', 'tsx', printer], {
    env: { ...process.env, TZ: timeZone },
    encoding: 'utf8',
  });
}

const here = scheduleSnapshot();

test('the snapshot covers every kind of output', () => {
  expect(here).toContain('2026-03-29T14:00:00+01:00');
  expect(here).toContain('BEGIN:VCALENDAR');
  expect(here).toContain('mailto:');
  expect(here).toContain('https://schema.org/EventScheduled');
});

test('gives byte-identical output under TZ=UTC and TZ=America/New_York', { timeout: 30_000 }, () => {
  expect(snapshotIn('UTC')).toBe(here);
});

test('gives byte-identical output under TZ=Europe/London and TZ=Australia/Lord_Howe', { timeout: 30_000 }, () => {
  expect(snapshotIn('Europe/London')).toBe(here);
  expect(snapshotIn('Australia/Lord_Howe')).toBe(here);
});
