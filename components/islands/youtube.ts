/**
 * Click-to-load YouTube. The page shows a self-hosted poster, a link to
 * YouTube and the transcript; nothing is requested from YouTube until the
 * visitor presses "Play video". Only then is the privacy-enhanced
 * (youtube-nocookie.com) player added, which the page's CSP allows in frames.
 */
import { youtubeEmbedUrl } from '../../lib/third-party';

export function enhance(container: HTMLElement): void {
  const id = container.dataset.youtube;
  const title = container.dataset.youtubeTitle ?? 'Video';
  const button = container.querySelector<HTMLButtonElement>('[data-youtube-play]');
  const frame = container.querySelector<HTMLElement>('[data-youtube-frame]');
  if (!id || !/^[A-Za-z0-9_-]{11}$/.test(id) || !button || !frame) return;

  button.hidden = false;
  button.addEventListener(
    'click',
    () => {
      const iframe = document.createElement('iframe');
      iframe.src = youtubeEmbedUrl(id, '?autoplay=1&rel=0');
      iframe.title = `Video: ${title}`;
      iframe.referrerPolicy = 'strict-origin-when-cross-origin';
      iframe.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
      iframe.allowFullscreen = true;
      iframe.className = 'absolute inset-0 h-full w-full border-0';
      frame.replaceChildren(iframe);
      button.hidden = true;
      // Keep keyboard users where they were: the player replaces the button.
      iframe.focus();
    },
    { once: true },
  );
}

export function init(root: ParentNode = document): void {
  root.querySelectorAll<HTMLElement>('[data-youtube]').forEach(enhance);
}

if (typeof window !== 'undefined' && !('__vitest_worker__' in globalThis)) init();
