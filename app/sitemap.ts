import type { MetadataRoute } from 'next';
import { getSitemapPaths, getSiteSettings } from '@/lib/content';
import { canonicalUrl } from '@/lib/urls';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const { url } = getSiteSettings();
  return getSitemapPaths().map(({ path, lastModified }) => ({
    url: canonicalUrl(url, path),
    lastModified,
  }));
}
