import { fixturePort } from './ports';

/**
 * One page of each template on the fixture site (tests/fixtures/site), whose
 * content and build date never change: the visual tests compare these, so an
 * editor changing real content never breaks them, and a layout change does.
 */
export const fixtureSite = `http://127.0.0.1:${fixturePort}`;

/** The fixture site was built as if it were 10am on Tuesday 11 June 2030 (scripts/build-fixture-site.sh). */
export const fixtureNow = new Date('2030-06-11T09:00:00Z');

export const fixtureTemplates = [
  { name: 'home', path: '/' },
  { name: 'section', path: '/guide' },
  { name: 'content', path: '/guide/a-content-page' },
  { name: 'glossary', path: '/glossary' },
  { name: 'whats-on', path: '/whats-on' },
  { name: 'session', path: '/whats-on/starts-tomorrow' },
  { name: 'search', path: '/search' },
  { name: 'search-results', path: '/search?q=tomorrow' },
  { name: 'video', path: '/youtube-video' },
  { name: 'not-found', path: '/no-such-page' },
] as const;

export const phone = { width: 390, height: 844 };
export const desktop = { width: 1280, height: 900 };
