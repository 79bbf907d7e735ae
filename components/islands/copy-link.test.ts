import { fireEvent, screen, waitFor } from '@testing-library/dom';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { start } from './copy-link';

// The HTML the site renders: a section heading with its link icon
// (components/mdx/heading.tsx) and the share block (components/layout/share-page.tsx).
const pageHtml = `
  <main>
    <div class="section-heading">
      <h2 id="what-happens">What happens</h2>
      <a href="#what-happens" aria-describedby="what-happens" data-section-link=""><span class="sr-only">Link to this section</span></a>
    </div>
    <section aria-labelledby="share-heading">
      <h2 id="share-heading">Share this page</h2>
      <label for="share-address">Address of this page</label>
      <input id="share-address" type="url" readonly value="https://cancer-rehab.example.org/prehabilitation">
      <button type="button" hidden data-copy-link="https://cancer-rehab.example.org/prehabilitation">Copy link</button>
    </section>
  </main>`;

let writeText: ReturnType<typeof vi.fn<(text: string) => Promise<void>>>;
let undo: () => void = () => {};

function stubClipboard(clipboard: unknown): void {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
}

function openPage(): void {
  history.replaceState(null, '', '/prehabilitation?from=leaflet');
  document.body.innerHTML = pageHtml;
  undo = start(document);
}

beforeEach(() => {
  writeText = vi.fn(async () => {});
  stubClipboard({ writeText });
});

afterEach(() => {
  undo();
  stubClipboard(undefined);
  document.body.innerHTML = '';
  vi.useRealTimers();
});

test('a section link still goes to the section, and copies its full address', async () => {
  openPage();
  const link = screen.getByRole('link', { name: 'Link to this section' });

  const notPrevented = fireEvent.click(link);

  expect(notPrevented).toBe(true);
  await waitFor(() => expect(location.hash).toBe('#what-happens'));
  expect(writeText).toHaveBeenCalledWith(`${location.origin}/prehabilitation#what-happens`);
  expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Link copied');
});

test('the Copy link button appears, and copies the page address', async () => {
  openPage();
  const button = screen.getByRole('button', { name: 'Copy link' });
  expect(button.hidden).toBe(false);

  fireEvent.click(button);

  expect(writeText).toHaveBeenCalledWith('https://cancer-rehab.example.org/prehabilitation');
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Link copied'));
  expect(button.textContent).toBe('Link copied');
});

test('the button says "Copy link" again after a few seconds', async () => {
  vi.useFakeTimers();
  openPage();
  const button = screen.getByRole('button', { name: 'Copy link' });

  fireEvent.click(button);
  await vi.waitFor(() => expect(button.textContent).toBe('Link copied'));
  fireEvent.click(button);
  await vi.advanceTimersByTimeAsync(3000);

  expect(button.textContent).toBe('Copy link');
});

test('adds one status region to the page, visually hidden', () => {
  openPage();
  const regions = screen.getAllByRole('status');
  expect(regions).toHaveLength(1);
  expect(regions[0]?.className).toBe('sr-only');
  expect(regions[0]?.textContent).toBe('');
});

test('a Ctrl-click on a section link does not copy (it opens the link elsewhere)', () => {
  openPage();
  fireEvent.click(screen.getByRole('link', { name: 'Link to this section' }), { ctrlKey: true });
  expect(writeText).not.toHaveBeenCalled();
});

test('says nothing if the browser refuses to copy', async () => {
  writeText.mockRejectedValueOnce(new DOMException('Denied', 'NotAllowedError'));
  openPage();
  fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
  await waitFor(() => expect(writeText).toHaveBeenCalled());
  await Promise.resolve();
  expect(screen.getByRole('status').textContent).toBe('');
  expect(screen.getByRole('button').textContent).toBe('Copy link');
});

test('without a clipboard, the button stays hidden and the links are left alone', () => {
  stubClipboard(undefined);
  openPage();
  // Hidden, so out of the accessibility tree: found by its attribute instead.
  expect(document.querySelector<HTMLButtonElement>('button[data-copy-link]')?.hidden).toBe(true);
  expect(screen.queryByRole('status')).toBeNull();
  const notPrevented = fireEvent.click(screen.getByRole('link', { name: 'Link to this section' }));
  expect(notPrevented).toBe(true);
});
