/**
 * The moment the site is built for. Pages are static, so "upcoming" and
 * "past" are computed at build time (docs/decisions/003); tests build the
 * site for a chosen moment with SITE_NOW (an ISO date-time).
 */
export function buildNow(): Date {
  const injected = process.env.SITE_NOW;
  if (!injected) return new Date();
  const now = new Date(injected);
  if (Number.isNaN(now.getTime())) throw new Error(`SITE_NOW is not a date and time: "${injected}"`);
  return now;
}
