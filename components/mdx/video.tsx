import { formatIsoDate } from '@/lib/dates/nhs-style';
import type { Video as VideoData } from '@/lib/video/parse';
import { Island } from '../island';
import { JsonLd } from '../json-ld';
import { youtubeEmbedUrl, youtubeWatchUrl } from '@/lib/third-party';
import { transcriptPath } from '@/lib/urls';

type Props = { video: VideoData; id: string; siteUrl: string };

/** "1 minute 45 seconds": how long the video is, said in words. */
export function spokenDuration(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = Math.round(totalSeconds % 60);
  const parts = [];
  if (minutes) parts.push(`${minutes} minute${minutes === 1 ? '' : 's'}`);
  if (seconds || !minutes) parts.push(`${seconds} second${seconds === 1 ? '' : 's'}`);
  return parts.join(' ');
}

/** The transcript's Markdown is headings ("## …") and paragraphs only. */
function Transcript({ markdown }: { markdown: string }) {
  const blocks = markdown
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  return (
    <>
      {blocks.map((block, index) =>
        block.startsWith('## ') ? (
          <h4 key={index} className="mt-4 font-bold">
            {block.slice(3)}
          </h4>
        ) : (
          <p key={index} className="mt-2">
            {block.replace(/\s+/g, ' ')}
          </p>
        ),
      )}
    </>
  );
}

/**
 * A video with captions and its transcript on the page. Self-hosted video
 * plays from this site. A YouTube video is a poster and a button: nothing is
 * loaded from YouTube until the visitor presses play (the youtube island);
 * without JavaScript, the link to YouTube and the transcript still work.
 */
export function Video({ video, id, siteUrl }: Props) {
  const { source } = video;
  const transcriptHref = transcriptPath(id);
  const headingId = `video-${id}`;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'VideoObject',
    name: video.title,
    description: video.description,
    duration: video.duration,
    uploadDate: video.uploadDate,
    thumbnailUrl: `${siteUrl}${source.poster}`,
    transcript: video.transcriptMarkdown.replace(/^## .*$/gm, '').replace(/\s+/g, ' ').trim(),
    ...(source.type === 'self-hosted'
      ? { contentUrl: `${siteUrl}${source.mp4}` }
      : { embedUrl: youtubeEmbedUrl(source.id) }),
  };

  return (
    <section aria-labelledby={headingId} className="not-prose my-8">
      <h2 id={headingId} className="text-2xl font-bold">
        Video: {video.title}
      </h2>
      <p className="mt-2 text-ink-secondary">Length: {spokenDuration(video.durationSeconds)}</p>
      {source.type === 'self-hosted' ? (
        <video
          controls
          preload="metadata"
          poster={source.poster}
          playsInline
          className="mt-4 aspect-video w-full bg-ink print:hidden"
          aria-describedby={`${headingId}-transcript`}
        >
          <source src={source.webm} type="video/webm" />
          <source src={source.mp4} type="video/mp4" />
          <track kind="captions" src={source.captions} srcLang="en" label="English" default />
          <p>
            Your browser cannot play this video. You can <a href={source.mp4}>download the video (MP4)</a> or read the
            transcript below.
          </p>
        </video>
      ) : (
        <div className="mt-4" data-youtube={source.id} data-youtube-title={video.title}>
          <div className="relative aspect-video w-full bg-ink" data-youtube-frame>
            <img src={source.poster} alt="" className="h-full w-full object-cover" />
          </div>
          <div className="mt-3 flex flex-wrap items-center gap-4">
            {/* Hidden until the island runs: without JavaScript there is nothing to press. */}
            <button
              type="button"
              hidden
              data-youtube-play
              className="min-h-12 rounded bg-success px-5 py-2 text-lg font-bold text-white hover:bg-[#00662f]"
            >
              Play video: {video.title}
            </button>
            <a href={youtubeWatchUrl(source.id)}>Watch on YouTube</a>
          </div>
          <p className="mt-2 text-base">
            The video plays from YouTube, which may set cookies once you press play. Nothing is loaded from YouTube
            before that.
          </p>
          <Island name="youtube" />
        </div>
      )}
      <p className="mt-3">
        <a href={transcriptHref} download>
          Download the transcript (text file)
        </a>
      </p>
      <div id={`${headingId}-transcript`} className="mt-6 border-l-4 border-border pl-4">
        <h3 className="text-xl font-bold">Transcript</h3>
        <Transcript markdown={video.transcriptMarkdown} />
      </div>
      <p className="mt-4 text-base text-ink-secondary">
        Video last reviewed: <time dateTime={video.lastReviewed}>{formatIsoDate(video.lastReviewed)}</time>
        <br />
        Next review due: <time dateTime={video.nextReview}>{formatIsoDate(video.nextReview)}</time>
      </p>
      <JsonLd data={jsonLd} />
    </section>
  );
}
