import { beforeAll, expect, test, vi } from 'vitest';
import { findRedFlag, pointsToUrgentHelp } from '@/lib/checks/red-flags';
import { isPlaceholderPhone } from '@/lib/site/placeholders';

// The urgent help promises of GitHub issue 11, over the real content/.

type Gateway = typeof import('@/lib/content');
let content: Gateway;

beforeAll(async () => {
  delete process.env.CONTENT_DIR;
  vi.resetModules();
  content = await import('@/lib/content');
  // Reading all of content/ can take seconds on a busy machine: do it here, not inside a test's time limit.
  content.loadContent();
}, 60_000);

test('/urgent-help exists, is for patients, and every source has an address', () => {
  const page = content.getPage('/urgent-help');
  expect(page?.frontmatter.title).toBe('Get help urgently');
  expect(page?.frontmatter.audience).toBe('patients');
  for (const source of page!.frontmatter.sources) expect(source.url, source.title).toMatch(/^https?:\/\//);
});

test('/urgent-help has a section for each kind of urgent sign', () => {
  expect(content.getPage('/urgent-help')!.anchors).toEqual(
    expect.arrayContaining(['signs-of-infection', 'diarrhoea', 'a-swollen-arm-or-leg', 'new-back-pain-with-numbness-or-weakness', 'a-mental-health-crisis']),
  );
});

test('/urgent-help shows the 24-hour line in every card that says to call it', () => {
  const source = content.getPage('/urgent-help')!.source;
  const cards = source.split('<CareCard').slice(1).map((card) => card.slice(0, card.indexOf('</CareCard>')));
  const callCards = cards.filter((card) => /heading="Call your 24-hour number/.test(card));
  expect(callCards.length).toBeGreaterThanOrEqual(4);
  for (const card of callCards) expect(card).toContain('<UrgentLine />');
});

test('the home page links to /urgent-help before its first section', () => {
  const home = content.getPage('/')!;
  const firstSection = home.headings[0]!.line;
  expect(home.links.some((link) => link.url === '/urgent-help' && link.line < firstSection)).toBe(true);
});

test('no page says to use the 24-hour number "if you have one"', () => {
  // Everyone whose treatment can lower their immunity should have one: pages say to ask for it instead.
  for (const page of content.getAllPages()) {
    const sentences = page.source.toLowerCase().split(/[.\n]/);
    expect(sentences.filter((sentence) => sentence.includes('24-hour') && sentence.includes('if you have one')), page.file).toEqual([]);
  }
});

test('every page that names a red flag points to /urgent-help', () => {
  const missing = content
    .getAllPages()
    .filter((page) => findRedFlag(page.text) && !pointsToUrgentHelp(page.tree))
    .map((page) => page.file);
  expect(missing).toEqual([]);
});

test('the sessions that name a red flag are the ones whose pages add the urgent note', () => {
  const flagged = content
    .getSessions()
    .filter((session) => findRedFlag([session.title, session.summary, session.description, ...(session.topics ?? [])].join('\n')))
    .map((session) => session.slug);
  expect(flagged).toEqual(expect.arrayContaining(['neutropenic-sepsis', 'constipation-and-diarrhoea']));
});

test('until the organisation sets it, the 24-hour line in the settings is a reserved placeholder', () => {
  const line = content.getSiteSettings().contact.urgentLine;
  expect(line === undefined || isPlaceholderPhone(line)).toBe(true);
});
