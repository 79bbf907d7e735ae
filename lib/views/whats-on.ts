import 'server-only';
import type { Metadata } from 'next';
import { getSessions, getSiteSettings } from '../content';
import { buildNow } from '../dates/now';
import { categoryLabels, categoryValues, scheduleEvents, type Category, type Session } from '../schedule';
import { categoryPath, homePath, sessionPath, whatsOnPath } from '../urls';

/**
 * What the "What's on" routes (app/whats-on/) need beyond the components:
 * their breadcrumbs, titles, structured data and which sessions each shows.
 */

/** Session and category pages sit below "What's on" in the breadcrumbs. */
export function whatsOnBreadcrumbs(): Array<{ label: string; href: string }> {
  return [
    { label: 'Home', href: homePath },
    { label: "What's on", href: whatsOnPath },
  ];
}

/**
 * The schema.org Event data for the given sessions' dates, so search engines
 * can show them; times are as of the build (lib/dates/now.ts).
 */
export function sessionEventsJsonLd(sessions: Session[]) {
  const settings = getSiteSettings();
  return scheduleEvents(sessions, {
    siteUrl: settings.url,
    sessionPath,
    now: buildNow(),
    organizer: { name: settings.organisation, url: settings.url },
  });
}

/** The sessions of one category, for its "What's on" list. */
export function sessionsInCategory(category: Category): Session[] {
  return getSessions().filter((session) => session.category === category);
}

/** Whether a route parameter names a category of sessions. */
export function isCategory(value: string): value is Category {
  return (categoryValues as readonly string[]).includes(value);
}

export function sessionPageMetadata(session: Session): Metadata {
  return {
    title: `${session.title}: health and wellbeing session`,
    description: session.summary,
    alternates: { canonical: sessionPath(session) },
  };
}

export function categoryPageMetadata(category: Category): Metadata {
  return {
    title: `${categoryLabels[category]} sessions`,
    description: `Health and wellbeing sessions about ${categoryLabels[category].toLowerCase()}, with their dates and how to book.`,
    alternates: { canonical: categoryPath(category) },
  };
}
