import type { Video } from './parse';

/** A video's transcript as plain text: the title, then each section's heading and words. */
export function transcriptFileText(video: Pick<Video, 'title' | 'transcriptMarkdown'>): string {
  return `${video.title}\n\n${video.transcriptMarkdown.replace(/^## /gm, '').trim()}\n`;
}
