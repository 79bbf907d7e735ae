import { z } from 'zod';
import { isoDate, nonEmptyText } from '../schemas/common';
import { reviewDatesRefinement } from '../schemas/review-dates';
import { sourceSchema } from '../schemas/page';
import { parseIsoDuration } from './duration';

/**
 * `content/videos/<name>/video.yaml`: what a video is, where its files are,
 * and when it was reviewed. Strict: a misspelt field is an error.
 * Each message is "What is wrong.\nFix: what to do" (see zodProblems).
 */

/** A file in public/, written as its address on the site ("/video/awareness.webm"). */
function publicFile(what: string, example: string, extensions: string[]) {
  const message = `Expected the address of ${what} in the public folder, such as "${example}".\nFix: start with "/" (meaning public/), and end with .${extensions.join(' or .')}.`;
  return z
    .string({ error: message })
    .regex(new RegExp(`^/(?!.*\\.\\.)[A-Za-z0-9._/-]+\\.(?:${extensions.join('|')})$`), { error: message });
}

const posterSchema = publicFile('the poster image shown before the video plays', '/video/awareness-poster.jpg', [
  'jpg',
  'jpeg',
  'png',
  'webp',
]);

/** Video files served from this site, with WebVTT captions. */
export const selfHostedSourceSchema = z.strictObject({
  type: z.literal('self-hosted'),
  webm: publicFile('the WebM video file', '/video/awareness.webm', ['webm']),
  mp4: publicFile('the MP4 video file', '/video/awareness.mp4', ['mp4']),
  captions: publicFile('the captions file (WebVTT)', '/video/awareness.en.vtt', ['vtt']),
  poster: posterSchema,
});

/** A video on YouTube. Its captions come from YouTube; the page loads it only when asked. */
export const youtubeSourceSchema = z.strictObject({
  type: z.literal('youtube'),
  id: z.string({ error: youtubeIdMessage() }).regex(/^[A-Za-z0-9_-]{11}$/, { error: youtubeIdMessage() }),
  poster: posterSchema,
});

function youtubeIdMessage() {
  return 'Expected the 11-character YouTube video id, such as "aBc12-_XyZ9".\nFix: copy the part after "v=" in the video\'s YouTube address (or after "youtu.be/"), without anything after it.';
}

export const videoSourceSchema = z.discriminatedUnion('type', [selfHostedSourceSchema, youtubeSourceSchema], {
  error:
    'Expected "type: self-hosted" (video files on this site) or "type: youtube".\nFix: set source.type to one of these, with the fields docs/video.md lists for it.',
});

export const videoSchema = z
  .strictObject({
    title: nonEmptyText('a title'),
    description: nonEmptyText('a description').max(160, {
      error: 'The description is longer than 160 characters, so search engines will cut it off.\nFix: shorten it to one plain sentence.',
    }),
    /** ISO 8601, e.g. "PT1M45S". scripts/make-video.sh writes it for the explainer. */
    duration: z
      .string({ error: durationMessage() })
      .refine((value) => parseIsoDuration(value) !== undefined, { error: durationMessage() }),
    uploadDate: isoDate,
    lastReviewed: isoDate,
    nextReview: isoDate,
    sources: z
      .array(sourceSchema, { error: 'Expected a list of sources.\nFix: list each document with "- publisher:", "title:" and "url:".' })
      .min(1, { error: 'Every video needs at least one source.\nFix: add the publisher, title and web address (url) of the documents the facts came from.' }),
    source: videoSourceSchema,
    /** The transcript's Markdown file, relative to this video's folder ("transcript.md"). */
    transcript: z
      .string({ error: transcriptMessage() })
      .regex(/^(?!\/)(?!.*\.\.)[A-Za-z0-9._/-]+\.md$/, { error: transcriptMessage() }),
  })
  .superRefine(...reviewDatesRefinement);

function durationMessage() {
  return 'Expected the length of the video in ISO 8601 form, such as "PT1M45S" (1 minute 45 seconds).\nFix: write PT, then hours with H, minutes with M and seconds with S, leaving out any that are zero ("PT50S", "PT2M", "PT1H3M20S").';
}

function transcriptMessage() {
  return 'Expected the name of the transcript\'s Markdown file in this video\'s folder, such as "transcript.md".\nFix: write the file name, ending in .md, without a "/" at the start.';
}

export type VideoMetadata = z.infer<typeof videoSchema>;
export type VideoSource = z.infer<typeof videoSourceSchema>;
export type SelfHostedSource = z.infer<typeof selfHostedSourceSchema>;
export type YoutubeSource = z.infer<typeof youtubeSourceSchema>;
