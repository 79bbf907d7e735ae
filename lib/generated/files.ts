import 'server-only';
import { getSearchDocuments, getSessions, getSiteSettings, getVideos, perContent, sessionPath } from '../content';
import { buildNow } from '../dates/now';
import { calendarFileName, occurrenceCalendar, scheduleCalendar } from '../schedule';
import { buildSearchIndexCached, searchIndexCacheDir } from '../search/index-cache';
import { transcriptFileText } from '../video/transcript-file';
import { islandEntry, islandNames } from '../build/island-entries';

/**
 * The files the site serves besides its pages: calendars, the search index,
 * transcripts and the islands. Route handlers (app/**\/route.ts) serve them,
 * so `npm run dev` serves exactly what the built site does, and the static
 * export writes them like any page; the post-build step only strips the
 * framework and fingerprints the islands.
 */

function calendarOptions() {
  const settings = getSiteSettings();
  return {
    siteUrl: settings.url,
    sessionPath,
    dtstamp: buildNow(),
    booking: settings.contact,
    calendarName: `${settings.name}: health and wellbeing sessions`,
  };
}

/** "Add to calendar" files, one for each occurrence with a known day: /whats-on/calendars/<file>. */
export function occurrenceCalendarFiles(): Array<{ file: string; text: string }> {
  const options = calendarOptions();
  const files: Array<{ file: string; text: string }> = [];
  for (const session of getSessions()) {
    for (const occurrence of session.occurrences) {
      const text = occurrenceCalendar(session, occurrence, options);
      if (text) files.push({ file: calendarFileName(session, occurrence), text });
    }
  }
  return files;
}

/** The feed of the whole schedule: /whats-on/calendar.ics. */
export function scheduleCalendarText(): string {
  return scheduleCalendar(getSessions(), calendarOptions());
}

/** Each video's transcript as plain text: /transcripts/<id>.txt. */
export function transcriptFiles(): Array<{ file: string; text: string }> {
  return [...getVideos()].map(([id, video]) => ({ file: `${id}.txt`, text: transcriptFileText(video) }));
}

/**
 * The search index's shard files by name, as the search island asks for them
 * (/search-index/<file>). Built once for the content loaded, and kept on disk
 * (.cache/search-index), where the post-build step finds it.
 */
export const searchIndexShards: () => ReadonlyMap<string, string> = perContent(
  () => buildSearchIndexCached(getSearchDocuments(), searchIndexCacheDir()).files,
);

export { islandNames };

/** One island bundled for the browser, as the built site serves it (the post-build step adds a hash to its name). */
export async function bundleIsland(name: string): Promise<string> {
  // Loaded only when an island is asked for: esbuild is a native binary, and pages never need it.
  const { build } = await import('esbuild');
  const result = await build({
    // Behind the one bootstrap that starts every island (components/island-start.ts).
    stdin: islandEntry(name),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}
