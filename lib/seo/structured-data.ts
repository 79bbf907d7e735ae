import type { BreadcrumbList, MedicalWebPage, Organization, WebPage, WebSite, WithContext } from 'schema-dts';
import type { PageFrontmatter } from '../schemas/page';
import type { SiteSettings } from '../schemas/site';

/**
 * schema.org structured data for search engines, typed against schema.org
 * (schema-dts) so a misspelt property fails the type check:
 * - WebSite and Organization on the home page;
 * - BreadcrumbList wherever a page shows breadcrumbs;
 * - MedicalWebPage (or WebPage, for pages about the site itself) on content pages.
 * https://developers.google.com/search/docs/appearance/structured-data
 */

type Settings = Pick<SiteSettings, 'name' | 'url' | 'organisation' | 'contact'>;

function absolute(settings: Pick<SiteSettings, 'url'>, path: string): string {
  return path === '/' ? `${settings.url}/` : `${settings.url}${path}`;
}

export function organizationId(settings: Pick<SiteSettings, 'url'>): string {
  return `${settings.url}/#organization`;
}

export function websiteJsonLd(settings: Settings): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${settings.url}/#website`,
    name: settings.name,
    url: `${settings.url}/`,
    inLanguage: 'en-GB',
    publisher: { '@id': organizationId(settings) },
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${settings.url}/search?q={search_term_string}` },
      // schema-dts has no type for Google's "query-input"; it is documented at
      // https://developers.google.com/search/docs/appearance/structured-data/sitelinks-searchbox
      ...({ 'query-input': 'required name=search_term_string' } as object),
    },
  };
}

export function organizationJsonLd(settings: Settings): WithContext<Organization> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': organizationId(settings),
    name: settings.organisation,
    url: `${settings.url}/`,
    logo: `${settings.url}/icon.svg`,
    contactPoint: {
      '@type': 'ContactPoint',
      contactType: settings.contact.team,
      email: settings.contact.email,
      telephone: settings.contact.phone,
      areaServed: 'GB',
      availableLanguage: 'en-GB',
    },
  };
}

export type Crumb = { label: string; href: string };

/** The trail shown on the page, then the page itself, as Google asks. */
export function breadcrumbJsonLd(
  settings: Pick<SiteSettings, 'url'>,
  crumbs: Crumb[],
  current: { title: string; path: string },
): WithContext<BreadcrumbList> {
  const items = [...crumbs, { label: current.title, href: current.path }];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: absolute(settings, crumb.href),
    })),
  };
}

/** Sections about the site itself rather than health: plain WebPage there. */
export const SITE_INFORMATION_SECTIONS = ['about', 'accessibility', 'cookies'];

const audiences = {
  patients: [{ '@type': 'Patient' as const }],
  professionals: [{ '@type': 'MedicalAudience' as const, audienceType: 'Clinician' }],
  both: [{ '@type': 'Patient' as const }, { '@type': 'MedicalAudience' as const, audienceType: 'Clinician' }],
};

type PageInput = {
  path: string;
  frontmatter: Pick<PageFrontmatter, 'title' | 'description' | 'lastReviewed' | 'audience'>;
  /** The section's title, e.g. "Personalised care", what the page is about. */
  sectionTitle?: string;
};

export function webPageJsonLd(settings: Settings, page: PageInput): WithContext<MedicalWebPage> | WithContext<WebPage> {
  const url = absolute(settings, page.path);
  const common = {
    '@id': url,
    url,
    name: page.frontmatter.title,
    description: page.frontmatter.description,
    inLanguage: 'en-GB',
    isPartOf: { '@id': `${settings.url}/#website` },
    publisher: { '@id': organizationId(settings) },
    lastReviewed: page.frontmatter.lastReviewed,
  };
  if (SITE_INFORMATION_SECTIONS.includes(page.path.split('/')[1] ?? '')) {
    return { '@context': 'https://schema.org', '@type': 'WebPage', ...common };
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    ...common,
    audience: audiences[page.frontmatter.audience],
    about: [
      { '@type': 'MedicalCondition', name: 'Cancer' },
      ...(page.sectionTitle && page.sectionTitle !== page.frontmatter.title ? [{ '@type': 'Thing' as const, name: page.sectionTitle }] : []),
      { '@type': 'Thing', name: page.frontmatter.title },
    ],
  };
}

/** All the structured data for a content page: the home page describes the site; others themselves and their trail. */
export function contentPageJsonLd(
  settings: Settings,
  page: PageInput & { crumbs: Crumb[] },
): Array<WithContext<WebSite> | WithContext<Organization> | WithContext<MedicalWebPage> | WithContext<WebPage> | WithContext<BreadcrumbList>> {
  if (page.path === '/') return [websiteJsonLd(settings), organizationJsonLd(settings)];
  return [
    webPageJsonLd(settings, { ...page, sectionTitle: page.crumbs[1]?.label }),
    breadcrumbJsonLd(settings, page.crumbs, { title: page.frontmatter.title, path: page.path }),
  ];
}
