import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { getSiteSettings } from '@/lib/content';
import { siteShareDefaults } from '@/lib/seo/share';
import './globals.css';

const settings = getSiteSettings();

export const metadata: Metadata = {
  metadataBase: new URL(settings.url),
  title: { default: settings.name, template: `%s - ${settings.name}` },
  applicationName: settings.name,
  formatDetection: { telephone: false },
  // Pages set their own; this covers any that do not (the 404 page).
  ...siteShareDefaults(settings),
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#005eb8',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main-content"
          className="sr-only-focusable absolute left-0 top-0 z-10 bg-focus p-3 font-bold text-ink underline"
        >
          Skip to main content
        </a>
        <div className="flex-1">{children}</div>
        <SiteFooter settings={settings} />
      </body>
    </html>
  );
}
