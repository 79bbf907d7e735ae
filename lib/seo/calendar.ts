import type { Metadata } from 'next';
import type { SiteSettings } from '../schemas/site';
import { scheduleCalendarPath } from '../urls';

/** The feed of every session (written by scripts/postbuild.ts). */
export const CALENDAR_FEED_PATH = scheduleCalendarPath;

/** The feed's full https address, for "add by address" in Google Calendar and Outlook. */
export function calendarFeedUrl(settings: Pick<SiteSettings, 'url'>): string {
  return `${settings.url}${CALENDAR_FEED_PATH}`;
}

/**
 * The same address as webcal://, which phones and desktop calendar apps open
 * as a subscription that keeps updating, where an https link to an .ics file
 * is usually imported once and never changes again.
 */
export function calendarWebcalUrl(settings: Pick<SiteSettings, 'url'>): string {
  return calendarFeedUrl(settings).replace(/^https?:/, 'webcal:');
}

/** <link rel="alternate" type="text/calendar">, so calendar tools can find the feed from the page. */
export function calendarAlternate(settings: Pick<SiteSettings, 'name'>): Pick<NonNullable<Metadata['alternates']>, 'types'> {
  return { types: { 'text/calendar': [{ url: CALENDAR_FEED_PATH, title: `${settings.name}: health and wellbeing sessions` }] } };
}
