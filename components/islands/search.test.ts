import { fireEvent, screen, within } from '@testing-library/dom';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { buildSearchIndex } from '@/lib/search/index-builder';
import { searchDocs, searchPageHtml } from '@/tests/fixtures/search/docs';
import { start } from './search';

const { files } = buildSearchIndex(searchDocs);
const indexFolder = new URL('/search-index/', location.href).href;
const manifestUrl = `${indexFolder}manifest.json`;

let fetchMock: ReturnType<typeof vi.fn<typeof fetch>>;

function requestedUrls(): string[] {
  return fetchMock.mock.calls.map(([input]) => (input instanceof Request ? input.url : String(input)));
}

function openSearchPage(path: string): void {
  history.replaceState(null, '', path);
  document.body.innerHTML = searchPageHtml;
  start(document);
}

function searchFor(query: string): void {
  const input = screen.getByRole('searchbox', { name: 'Search this site' });
  fireEvent.change(input, { target: { value: query } });
  fireEvent.click(screen.getByRole('button', { name: 'Search' }));
}

function fallback(): HTMLElement {
  // hidden: true, as the point is to see whether it is hidden.
  return screen.getByRole('heading', { name: 'All pages A to Z', hidden: true }).closest('section') as HTMLElement;
}

function results(): HTMLElement {
  return document.querySelector('[data-search-results]') as HTMLElement;
}

beforeEach(() => {
  fetchMock = vi.fn<typeof fetch>((input) => {
    const url = input instanceof Request ? input.url : String(input);
    const text = url.startsWith(indexFolder) ? files.get(url.slice(indexFolder.length)) : undefined;
    return Promise.resolve(
      text === undefined ? new Response('Not found', { status: 404 }) : new Response(text, { headers: { 'content-type': 'application/json' } }),
    );
  });
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

test('searches for the query in the address and lists the results as links, best first', async () => {
  openSearchPage('/search?q=tired');

  const heading = await screen.findByRole('heading', { name: /^\d+ results for ‘tired’$/ });
  const list = heading.nextElementSibling as HTMLElement;
  const links = within(list).getAllByRole('link');
  expect(links[0]).toHaveProperty('textContent', 'Fatigue');
  expect(links[0]?.getAttribute('href')).toBe('/find-support#fatigue');
  expect(list.tagName).toBe('OL');
  expect(screen.getByRole('searchbox')).toHaveProperty('value', 'tired');
});

test('announces the number of results in the status region', async () => {
  openSearchPage('/search?q=tired');

  const heading = await screen.findByRole('heading', { name: /results for ‘tired’/ });
  const shown = within(heading.nextElementSibling as HTMLElement).getAllByRole('listitem').length;
  expect(screen.getByRole('status').textContent).toBe(`${shown} results for tired`);
});

test('shows the snippet under each result, and labels sessions and glossary terms', async () => {
  openSearchPage('/search?q=talking+to+my+children');

  const link = await screen.findByRole('link', { name: 'Talking with children about cancer' });
  const item = link.closest('li') as HTMLElement;
  expect(within(item).getByText('Session')).toBeTruthy();
  expect(within(item).getByText(/An online session for parents/)).toBeTruthy();

  searchFor('swollen arm');
  const entry = await screen.findByRole('link', { name: 'Lymphoedema' });
  expect(within(entry.closest('li') as HTMLElement).getByText('Glossary')).toBeTruthy();
});

test('hides the A to Z list while there are results', async () => {
  openSearchPage('/search?q=tired');

  await screen.findByRole('heading', { name: /results for ‘tired’/ });
  expect(fallback().hidden).toBe(true);
});

test('searching again updates the results and the address, without loading a page', async () => {
  openSearchPage('/search');

  searchFor('physio');

  await screen.findByRole('heading', { name: /results? for ‘physio’/ });
  expect(screen.getAllByRole('link')[0]?.textContent).toBe('Who can help');
  expect(location.pathname).toBe('/search');
  expect(location.search).toBe('?q=physio');
  expect(screen.getByRole('status').textContent).toMatch(/^\d+ results? for physio$/);
});

test('with no query, suggests where to start, keeps the A to Z list and announces nothing', () => {
  openSearchPage('/search');

  const suggested = within(results());
  expect(suggested.getByRole('link', { name: 'Find support by what is bothering you' }).getAttribute('href')).toBe('/find-support');
  expect(suggested.getByRole('link', { name: /^Glossary/ }).getAttribute('href')).toBe('/glossary');
  expect(fallback().hidden).toBe(false);
  expect(screen.getByRole('status').textContent).toBe('');
});

test('searching for nothing clears the results, suggests where to start and shows the A to Z list', async () => {
  openSearchPage('/search?q=tired');
  await screen.findByRole('heading', { name: /results for ‘tired’/ });

  searchFor('  ');

  expect(await screen.findByText(/Not sure what to search for/)).toBeTruthy();
  expect(screen.queryByRole('heading', { name: /results for/ })).toBeNull();
  expect(fallback().hidden).toBe(false);
  expect(location.search).toBe('');
});

test('when nothing matches, says so and suggests where to start', async () => {
  openSearchPage('/search?q=xylophone');

  await screen.findByRole('heading', { name: 'No results for ‘xylophone’' });
  expect(screen.getByRole('status').textContent).toBe('No results for xylophone');
  const suggested = within(results());
  expect(suggested.getByRole('link', { name: 'Find support by what is bothering you' })).toBeTruthy();
  expect(suggested.getByRole('link', { name: /^Glossary/ })).toBeTruthy();
  expect(fallback().hidden).toBe(false);
});

test('does not fetch the index until there is a query or the search box is focused', () => {
  openSearchPage('/search');
  expect(fetchMock).not.toHaveBeenCalled();

  screen.getByRole('searchbox').focus();

  expect(requestedUrls()).toEqual([manifestUrl]);
});

test('the only requests are for files of the index, each once, and never carry the query', async () => {
  openSearchPage('/search?q=money+worries');
  await screen.findByRole('heading', { name: /results? for ‘money worries’/ });

  searchFor('HNA');
  await screen.findByRole('heading', { name: /results? for ‘HNA’/ });
  searchFor('kids');
  await screen.findByRole('heading', { name: /results? for ‘kids’/ });
  searchFor('money worries');
  await screen.findByRole('heading', { name: /results? for ‘money worries’/ });

  const requested = requestedUrls();
  expect(requested.every((url) => url.startsWith(indexFolder))).toBe(true);
  expect(new Set(requested).size).toBe(requested.length);
  // Files are named by a word's first two letters at most, never by the words typed.
  for (const word of ['money', 'worries', 'HNA', 'kids']) {
    expect(requested.filter((url) => url.toLowerCase().includes(word.toLowerCase()))).toEqual([]);
  }
});

test('will not fetch an index from another site', async () => {
  history.replaceState(null, '', '/search?q=tired');
  document.body.innerHTML = searchPageHtml.replace('/search-index/', 'https://tracker.example/index/');
  start(document);

  await screen.findByText(/search is not working/, { selector: 'p' });
  expect(fetchMock).not.toHaveBeenCalled();
});

test('if the index cannot be loaded, says so, keeps the A to Z list, and tries again next time', async () => {
  fetchMock.mockResolvedValueOnce(new Response('Not found', { status: 404 }));
  openSearchPage('/search?q=tired');

  await screen.findByText(/search is not working/, { selector: 'p' });
  expect(screen.getByRole('status').textContent).toMatch(/search is not working/);
  expect(fallback().hidden).toBe(false);

  searchFor('tired');
  await screen.findByRole('heading', { name: /results for ‘tired’/ });
  expect(requestedUrls().filter((url) => url === manifestUrl)).toHaveLength(2);
});

test('shows what was typed as text, never as HTML', async () => {
  const attack = '<img src=x onerror=alert(1)>';
  openSearchPage(`/search?q=${encodeURIComponent(attack)}`);

  await screen.findByRole('heading', { name: `No results for ‘${attack}’` });
  expect(document.querySelector('img')).toBeNull();
});

test('uses no inline styles', async () => {
  openSearchPage('/search?q=tired');
  await screen.findByRole('heading', { name: /results for ‘tired’/ });

  expect(document.querySelector('[style]')).toBeNull();
});

test('starting twice on the same page does nothing the second time', async () => {
  openSearchPage('/search?q=tired');
  start(document);

  await screen.findByRole('heading', { name: /results for ‘tired’/ });
  searchFor('physio');
  await screen.findByRole('heading', { name: /results? for ‘physio’/ });
  expect(screen.getAllByRole('heading', { level: 2, name: /results for/ })).toHaveLength(1);
});

test('searches as you type, once you pause, and puts the query in the address', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  try {
    openSearchPage('/search');
    const input = screen.getByRole('searchbox', { name: 'Search this site' });
    fireEvent.input(input, { target: { value: 'ph' } });
    fireEvent.input(input, { target: { value: 'physio' } });
    expect(screen.queryByRole('heading', { name: /results? for/ })).toBeNull();
    vi.advanceTimersByTime(200);
  } finally {
    vi.useRealTimers();
  }
  // Only the last thing typed is searched for.
  await screen.findByRole('heading', { name: /results? for ‘physio’/ });
  expect(screen.queryByRole('heading', { name: /results? for ‘ph’/ })).toBeNull();
  expect(location.search).toBe('?q=physio');
});

test('finds pages despite typing mistakes', async () => {
  openSearchPage('/search?q=tierd');
  const heading = await screen.findByRole('heading', { name: /results? for ‘tierd’/ });
  expect(within(heading.nextElementSibling as HTMLElement).getAllByRole('link')[0]?.getAttribute('href')).toBe('/find-support#fatigue');
});
