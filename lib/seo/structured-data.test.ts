import { expect, test } from 'vitest';
import { breadcrumbJsonLd, contentPageJsonLd } from './structured-data';

const settings = {
  name: 'Cancer rehabilitation and personalised care',
  organisation: 'Example Cancer Care Service',
  url: 'https://cancer-rehab.example.org',
  contact: { team: 'Cancer Support Workers team', email: 'team@example.org', phone: '020 7946 0000' },
};
const frontmatter = { title: 'Holistic needs assessment', description: 'What it is.', lastReviewed: '2026-10-01', audience: 'patients' as const };
const crumbs = [
  { label: 'Home', href: '/' },
  { label: 'Personalised care', href: '/personalised-care' },
];

test('the home page describes the website, with its search, and the organisation', () => {
  const [website, organisation] = contentPageJsonLd(settings, { path: '/', frontmatter, crumbs: [] }) as unknown as Array<Record<string, unknown>>;
  expect(website).toMatchObject({ '@type': 'WebSite', name: settings.name, url: 'https://cancer-rehab.example.org/', inLanguage: 'en-GB' });
  expect(JSON.stringify(website)).toContain('https://cancer-rehab.example.org/search?q={search_term_string}');
  expect(organisation).toMatchObject({ '@type': 'Organization', name: settings.organisation, contactPoint: { email: 'team@example.org' } });
});

test('a content page is a MedicalWebPage with when it was reviewed, who it is for and what it is about', () => {
  const [page] = contentPageJsonLd(settings, { path: '/personalised-care/holistic-needs-assessment', frontmatter, crumbs }) as unknown as Array<Record<string, unknown>>;
  expect(page).toMatchObject({
    '@type': 'MedicalWebPage',
    url: 'https://cancer-rehab.example.org/personalised-care/holistic-needs-assessment',
    lastReviewed: '2026-10-01',
    audience: [{ '@type': 'Patient' }],
    about: [{ '@type': 'MedicalCondition', name: 'Cancer' }, { name: 'Personalised care' }, { name: 'Holistic needs assessment' }],
  });
});

test('a page for professionals names clinicians as its audience', () => {
  const [page] = contentPageJsonLd(settings, { path: '/for-professionals', frontmatter: { ...frontmatter, audience: 'professionals' }, crumbs: crumbs.slice(0, 1) }) as unknown as Array<Record<string, unknown>>;
  expect(page).toMatchObject({ audience: [{ '@type': 'MedicalAudience', audienceType: 'Clinician' }] });
});

test('pages about the site itself are plain web pages, not medical ones', () => {
  const [page] = contentPageJsonLd(settings, { path: '/cookies', frontmatter, crumbs: crumbs.slice(0, 1) }) as unknown as Array<Record<string, unknown>>;
  expect(page).toMatchObject({ '@type': 'WebPage' });
  expect(page).not.toHaveProperty('audience');
});

test('the breadcrumb trail lists the crumbs shown, then the page, with full addresses', () => {
  expect(breadcrumbJsonLd(settings, crumbs, { title: 'Holistic needs assessment', path: '/personalised-care/holistic-needs-assessment' })).toEqual({
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://cancer-rehab.example.org/' },
      { '@type': 'ListItem', position: 2, name: 'Personalised care', item: 'https://cancer-rehab.example.org/personalised-care' },
      { '@type': 'ListItem', position: 3, name: 'Holistic needs assessment', item: 'https://cancer-rehab.example.org/personalised-care/holistic-needs-assessment' },
    ],
  });
});
