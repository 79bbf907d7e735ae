import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import { buildNow } from '../dates/now';
import { directoryRoutes, visibleServices, withdrawnServices, type Service, type WithdrawnService } from '../local-support';
import { londonToday } from '../schedule/dates';
import { publishedUrlsFile, validContent } from './load';
import { perContent } from './per-content';
import { getSiteSettings } from './queries';

/** The local support directory's questions (lib/local-support/ holds the rules). */

/** Every service in the directory, including those hidden because their check is long overdue (for content:check). */
export function getAllServices(): Service[] {
  return validContent().services;
}

/** The services patients may see: a service more than a grace period past its nextCheck is hidden (lib/local-support/freshness.ts). */
export function getServices(): Service[] {
  return visibleServices(getAllServices(), londonToday(buildNow()));
}

/**
 * Services whose address was published but which are no longer listed
 * (hidden as overdue, or their file deleted): their address stays, as a notice.
 */
export function getWithdrawnServices(): WithdrawnService[] {
  const file = publishedUrlsFile();
  const published = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
  return withdrawnServices(getAllServices(), getServices(), published);
}

/** The directory's pages, for the sitemap, the search and the link checks (lib/local-support/routes.ts). */
export const getDirectoryRoutes: () => ReturnType<typeof directoryRoutes> = perContent(() =>
  directoryRoutes(getServices(), getSiteSettings().areas, getWithdrawnServices()),
);
