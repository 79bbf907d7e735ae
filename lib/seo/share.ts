import type { Metadata } from 'next';
import type { SiteSettings } from '../schemas/site';

/**
 * What a link shows when it is pasted into WhatsApp, Teams, email or social
 * media (Open Graph, https://ogp.me/, and Twitter/X cards): the page's title
 * and description, the site's name, and one share image made for the site
 * (public/share.png, from scripts/make-icons.ts).
 */

export const SHARE_IMAGE = {
  url: '/share.png',
  width: 1200,
  height: 630,
  type: 'image/png',
} as const;

/** What the image shows (scripts/make-icons.ts draws it): the logo, the site's name and the organisation's. */
export function shareImageAlt(settings: Pick<SiteSettings, 'name' | 'organisation'>): string {
  return `Heart logo with the words "${settings.name}" and "${settings.organisation}"`;
}

/** For pages with no metadata of their own (the 404 page): the site, not a page. */
export function siteShareDefaults(settings: Pick<SiteSettings, 'name' | 'organisation' | 'url'>): Pick<Metadata, 'openGraph' | 'twitter'> {
  const image = { ...SHARE_IMAGE, url: `${settings.url}${SHARE_IMAGE.url}`, alt: shareImageAlt(settings) };
  return {
    openGraph: { type: 'website', siteName: settings.name, locale: 'en_GB', images: [image] },
    twitter: { card: 'summary_large_image', images: [{ url: image.url, alt: image.alt }] },
  };
}

type ShareInput = {
  settings: Pick<SiteSettings, 'name' | 'organisation' | 'url'>;
  /** The page's own title, without the site's name. */
  title: string;
  description: string;
  /** The page's address on the site, "/" for the home page. */
  path: string;
};

/** Open Graph and Twitter card metadata, and the canonical address, for one page. */
export function shareMetadata({ settings, title, description, path }: ShareInput): Pick<Metadata, 'openGraph' | 'twitter'> {
  const url = path === '/' ? settings.url : `${settings.url}${path}`;
  const image = { ...SHARE_IMAGE, url: `${settings.url}${SHARE_IMAGE.url}`, alt: shareImageAlt(settings) };
  return {
    openGraph: {
      type: 'website',
      siteName: settings.name,
      locale: 'en_GB',
      title,
      description,
      url,
      images: [image],
    },
    twitter: {
      card: 'summary_large_image',
      title,
      description,
      images: [{ url: image.url, alt: image.alt }],
    },
  };
}
