import type { MetadataRoute } from 'next';
import { getSiteSettings } from '@/lib/content';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: `${getSiteSettings().url}/sitemap.xml`,
  };
}
