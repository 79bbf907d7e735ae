import { afterEach, expect, test, vi } from 'vitest';
import { startIsland } from './island-start';

afterEach(() => {
  vi.restoreAllMocks();
});

test('starts the island at once on a page that is already parsed', () => {
  const start = vi.fn();
  startIsland(start, document);
  expect(start).toHaveBeenCalledWith(document);
});

test('on a page still loading, waits until it is parsed, then starts the island once', () => {
  vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
  const start = vi.fn();
  startIsland(start, document);
  expect(start).not.toHaveBeenCalled();
  document.dispatchEvent(new Event('DOMContentLoaded'));
  document.dispatchEvent(new Event('DOMContentLoaded'));
  expect(start).toHaveBeenCalledTimes(1);
});
