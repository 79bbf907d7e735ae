/**
 * Video lengths as ISO 8601 durations ("PT1M45S"), the form schema.org's
 * VideoObject and search engines expect.
 * https://schema.org/VideoObject, https://developers.google.com/search/docs/appearance/structured-data/video
 */

const durationPattern = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/;

/** Seconds in an ISO 8601 duration such as "PT1M45S", or undefined if it is not one (or is zero). */
export function parseIsoDuration(text: string): number | undefined {
  const match = durationPattern.exec(text);
  if (!match || text === 'PT') return undefined;
  const [, hours = '0', minutes = '0', seconds = '0'] = match;
  const total = Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
  return total > 0 ? total : undefined;
}

/** "PT1M45S" from 104.6 seconds: whole seconds, rounded to the nearest. */
export function formatIsoDuration(totalSeconds: number): string {
  const rounded = Math.max(1, Math.round(totalSeconds));
  const hours = Math.floor(rounded / 3600);
  const minutes = Math.floor(rounded / 60) % 60;
  const seconds = rounded % 60;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds ? `${seconds}S` : ''}`;
}
