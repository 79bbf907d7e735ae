/**
 * Every other site this site may talk to, written once. The Content Security
 * Policy (lib/server-config.ts) allows exactly these, and the code that uses
 * them takes them from here, so the two cannot drift apart (if they did, the
 * CSP would block the player). Pure, so the browser islands can use it.
 * Nothing is requested from any of them until the visitor asks.
 */

/** YouTube's privacy-enhanced player, loaded in a frame only after the visitor presses play. */
export const YOUTUBE_EMBED_ORIGIN = 'https://www.youtube-nocookie.com';

/** YouTube itself, for the plain "Watch on YouTube" link that works without JavaScript. */
export const YOUTUBE_WATCH_ORIGIN = 'https://www.youtube.com';

/** The player's address for a video id; the island adds its own parameters. */
export function youtubeEmbedUrl(id: string, query = ''): string {
  return `${YOUTUBE_EMBED_ORIGIN}/embed/${id}${query}`;
}

/** The video's page on YouTube. */
export function youtubeWatchUrl(id: string): string {
  return `${YOUTUBE_WATCH_ORIGIN}/watch?v=${id}`;
}
