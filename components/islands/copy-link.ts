/**
 * Copy links, for clinicians who send patients to a page or a section.
 * Without JavaScript, each section's link icon is a plain link to the section
 * and the share block shows the page's address to select and copy by hand.
 * With it, following a section link also copies the section's full address,
 * and the share block's "Copy link" button (hidden until now) copies the page's.
 * A polite status message says "Link copied" (WCAG 4.1.3, Status Messages).
 * If the clipboard is not available, nothing changes: the links still work.
 * The GOV.UK Design System's "Copy code" button does the same: the button's
 * text changes for a few seconds and a status region announces it.
 * https://github.com/alphagov/govuk-design-system/blob/main/src/javascripts/components/copy.mjs
 */
const COPIED = 'Link copied';
const RESET_AFTER_MS = 3000;

function statusRegion(doc: Document): HTMLElement {
  const region = doc.createElement('div');
  region.setAttribute('role', 'status');
  region.className = 'sr-only';
  doc.body.append(region);
  return region;
}

/** Enhances the page; returns a function that undoes it (for tests). */
export function start(doc: Document): () => void {
  if (!navigator.clipboard?.writeText) return () => {};
  const region = statusRegion(doc);
  const buttons = doc.querySelectorAll<HTMLButtonElement>('button[data-copy-link]');
  // Each button's own words, to put back after it has said "Link copied".
  const labels = new Map<Element, string>();

  async function copy(text: string, button?: HTMLButtonElement): Promise<void> {
    // Empty first, so that copying twice is announced twice.
    region.textContent = '';
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // Permission refused: the address is still on the page to copy by hand.
      return;
    }
    region.textContent = COPIED;
    if (button) {
      button.textContent = COPIED;
      setTimeout(() => (button.textContent = labels.get(button) ?? ''), RESET_AFTER_MS);
    }
  }

  function onClick(event: MouseEvent): void {
    // Ctrl- or Shift-click opens the link elsewhere: that is not a request to copy.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const target = event.target instanceof Element ? event.target : null;
    const link = target?.closest<HTMLAnchorElement>('a[data-section-link]');
    // The link is not prevented: it still goes to the section.
    if (link) void copy(location.origin + location.pathname + link.hash);
    const button = target?.closest<HTMLButtonElement>('button[data-copy-link]');
    if (button?.dataset.copyLink) void copy(button.dataset.copyLink, button);
  }

  doc.addEventListener('click', onClick);
  buttons.forEach((button) => {
    labels.set(button, button.textContent ?? '');
    button.hidden = false;
  });
  return () => {
    doc.removeEventListener('click', onClick);
    buttons.forEach((button) => {
      button.textContent = labels.get(button) ?? '';
      button.hidden = true;
    });
    region.remove();
  };
}
