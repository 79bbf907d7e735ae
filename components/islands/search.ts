import { createSearcher, type SearchHit, type Searcher } from '@/lib/search/query';
import { searchSuggestions } from '@/lib/search/suggestions';
import { searchIndexFolder } from '../../lib/urls';

/**
 * Site search, in the browser. It enhances the /search page, which already
 * works without JavaScript: the form reloads the page and the A to Z list of
 * every page is there. With it, results appear in place as people type, and
 * what they type stays in their browser: the only requests are for files of
 * the index (lib/search/format.ts), named by the first letters of a word,
 * never by the query, and only once there is something to search for or
 * the search box is focused.
 *
 * Markup it expects (all inside `root`):
 *   form[data-search-form] with input[name="q"]
 *   [data-search-status]  a polite live region for the count
 *   [data-search-results][data-index-url]  where results go; the index folder
 *   [data-search-fallback]  the A to Z list, hidden while there are results
 */

/** How long after the last key press to search. Short enough that results feel immediate (under 300 ms in all). */
const TYPING_PAUSE_MS = 100;

const kindLabels: Partial<Record<SearchHit['kind'], string>> = { session: 'Session', glossary: 'Glossary', service: 'Local support' };

export function start(root: Document | HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const results = root.querySelector<HTMLElement>('[data-search-results]');
  const fallback = root.querySelector<HTMLElement>('[data-search-fallback]');
  if (!form || !input || !status || !results || form.hasAttribute('data-search-ready')) return;
  form.setAttribute('data-search-ready', '');

  // The folder of the index; the post-build step points this at the current build's.
  const indexUrl = new URL(results.dataset.indexUrl || searchIndexFolder(), location.href);
  // Never another site: a query must not be able to leak through the index requests.
  const searcher: Searcher = createSearcher(async (name) => {
    const url = new URL(name, indexUrl);
    if (url.origin !== location.origin) throw new Error(url.href);
    const response = await fetch(url.href);
    if (!response.ok) throw new Error(`${response.status} ${url.href}`);
    return response.text();
  });
  let latest = 0;
  let typing: ReturnType<typeof setTimeout> | undefined;

  const show = async (query: string, announce: boolean): Promise<void> => {
    const run = ++latest;
    const started = performance.now();
    let hits: SearchHit[] = [];
    let failed = false;
    if (query) {
      try {
        hits = await searcher.search(query);
      } catch {
        failed = true;
      }
    }
    // Someone searched again while the index was loading: theirs wins.
    if (run !== latest) return;

    let message: string;
    if (failed) {
      message = 'Sorry, search is not working at the moment. Try again later, or use the A to Z list of pages.';
      results.replaceChildren(el('p', message), ...suggestions('You could start from one of these pages:'));
    } else if (hits.length > 0) {
      message = `${count(hits.length)} for ${query}`;
      const list = el('ol', '', 'search-results');
      list.append(...hits.map(result));
      results.replaceChildren(el('h2', `${count(hits.length)} for ‘${query}’`), list);
    } else if (query) {
      message = `No results for ${query}`;
      results.replaceChildren(
        el('h2', `No results for ‘${query}’`),
        ...suggestions('Check the spelling, or try other words. Or start from one of these pages:'),
      );
    } else {
      message = 'Type what you are looking for, or choose a page from the list.';
      results.replaceChildren(...suggestions('Not sure what to search for? Start from one of these pages:'));
    }
    status.textContent = announce ? message : '';
    // How long this search took, for the speed test (tests/e2e/search-speed.spec.ts).
    results.dataset.searchMs = String(Math.round(performance.now() - started));
    if (fallback) fallback.hidden = hits.length > 0;
  };

  const searchNow = (): void => {
    clearTimeout(typing);
    const query = input.value.trim();
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    void show(query, true);
  };

  form.addEventListener('submit', (event) => {
    // Search here, without a request: the query stays out of server logs.
    event.preventDefault();
    searchNow();
  });
  // Results as they type, once they pause: a short wait, so a screen reader
  // is not told a new count at every letter.
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(searchNow, TYPING_PAUSE_MS);
  });
  // Fetch the start of the index while they type, so the first search is quicker.
  input.addEventListener('focus', () => void searcher.warm().catch(() => undefined), { once: true });

  const query = (new URLSearchParams(location.search).get('q') ?? '').trim();
  input.value = query;
  void show(query, query !== '');
}

function count(n: number): string {
  return `${n} result${n === 1 ? '' : 's'}`;
}

function result(hit: SearchHit): HTMLLIElement {
  const item = el('li', '', 'search-result');
  const link = el('a', hit.title);
  link.href = hit.url;
  item.append(link);
  const label = kindLabels[hit.kind];
  if (label) item.append(el('p', label, 'search-result-kind'));
  if (hit.snippet) item.append(el('p', hit.snippet, 'search-result-snippet'));
  return item;
}

function suggestions(intro: string): HTMLElement[] {
  const list = el('ul', '', 'search-suggestions');
  for (const { href, label } of searchSuggestions) {
    const link = el('a', label);
    link.href = href;
    const item = el('li');
    item.append(link);
    list.append(item);
  }
  return [el('p', intro), list];
}

// textContent only: what people type is never parsed as HTML.
function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}
