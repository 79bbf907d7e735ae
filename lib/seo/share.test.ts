import { expect, test } from 'vitest';
import { shareMetadata, siteShareDefaults } from './share';

const settings = { name: 'Cancer rehabilitation and personalised care', organisation: 'Example Cancer Care Service', url: 'https://cancer-rehab.example.org' };

test('a shared link shows the page title, description, site name and a described image, in British English', () => {
  const metadata = shareMetadata({ settings, title: 'Holistic needs assessment', description: 'What it is.', path: '/personalised-care/holistic-needs-assessment' });
  expect(metadata.openGraph).toMatchObject({
    siteName: settings.name,
    locale: 'en_GB',
    title: 'Holistic needs assessment',
    description: 'What it is.',
    url: 'https://cancer-rehab.example.org/personalised-care/holistic-needs-assessment',
    images: [{ url: 'https://cancer-rehab.example.org/share.png', width: 1200, height: 630, alt: expect.stringContaining(settings.name) }],
  });
  expect(metadata.twitter).toMatchObject({
    card: 'summary_large_image',
    title: 'Holistic needs assessment',
    images: [{ url: 'https://cancer-rehab.example.org/share.png', alt: expect.stringContaining(settings.organisation) }],
  });
});

test('the home page is shared as the site address itself', () => {
  expect(shareMetadata({ settings, title: 'Home', description: 'd', path: '/' }).openGraph).toMatchObject({ url: settings.url });
});

test('pages without their own still show the site name and image', () => {
  expect(siteShareDefaults(settings).openGraph).toMatchObject({ siteName: settings.name, locale: 'en_GB', images: [{ width: 1200 }] });
});
