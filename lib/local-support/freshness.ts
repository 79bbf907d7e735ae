import type { Problem } from '../problems/content-error';
import { formatIsoDate } from '../dates/nhs-style';
import type { Service } from './schema';

/**
 * Patients must never follow stale details without anyone knowing. A service
 * past its nextCheck date is a content:check warning, so editors see it on
 * every check; once it is more than CHECK_GRACE_DAYS past, it is hidden from
 * the directory (its page and list entries are not built) and the check says
 * so, until someone checks it and moves nextCheck on.
 * 30 days: long enough for a busy team to get to it, short enough that a
 * changed phone number is not shown for months. Documented for editors in
 * docs/editing-local-support.md.
 */
export const CHECK_GRACE_DAYS = 30;

export type Freshness = 'current' | 'overdue' | 'hidden';

const DAY_MS = 24 * 60 * 60 * 1000;

function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

/** @param today "YYYY-MM-DD" in Europe/London; always passed in, never read from the clock. */
export function freshness(service: Pick<Service, 'nextCheck'>, today: string): Freshness {
  const overdueBy = dayNumber(today) - dayNumber(service.nextCheck);
  if (overdueBy > CHECK_GRACE_DAYS) return 'hidden';
  if (overdueBy > 0) return 'overdue';
  return 'current';
}

/** The date after which an overdue service is hidden: nextCheck plus the grace period. */
export function hiddenAfter(service: Pick<Service, 'nextCheck'>): string {
  return new Date((dayNumber(service.nextCheck) + CHECK_GRACE_DAYS) * DAY_MS).toISOString().slice(0, 10);
}

/** The services patients may see on `today`. */
export function visibleServices<T extends Pick<Service, 'nextCheck'>>(services: readonly T[], today: string): T[] {
  return services.filter((service) => freshness(service, today) !== 'hidden');
}

/** Warnings for content:check: every overdue service, and every hidden one. */
export function freshnessProblems(services: readonly Service[], today: string): Problem[] {
  return services.flatMap((service): Problem[] => {
    const state = freshness(service, today);
    if (state === 'current') return [];
    const at = { file: service.file, line: service.nextCheckLine, field: 'nextCheck', severity: 'warning' as const };
    const fix = `Check every detail against the source (${service.source.url}). Then set lastChecked to today and nextCheck to when it should next be checked, at most a year later. If the service has closed, delete the file (see docs/editing-local-support.md).`;
    if (state === 'overdue') {
      return [
        {
          ...at,
          message: `"${service.name}" was due to be checked on ${formatIsoDate(service.nextCheck)}. If it is not checked by ${formatIsoDate(hiddenAfter(service))}, it will be hidden from the directory.`,
          expected: `a nextCheck date on or after ${formatIsoDate(today)}`,
          found: service.nextCheck,
          fix,
        },
      ];
    }
    return [
      {
        ...at,
        message: `"${service.name}" is HIDDEN from the directory: it was due to be checked on ${formatIsoDate(service.nextCheck)}, more than ${CHECK_GRACE_DAYS} days ago, so its details may be wrong.`,
        expected: `a nextCheck date on or after ${formatIsoDate(today)}`,
        found: service.nextCheck,
        fix,
      },
    ];
  });
}
