import { describe, expect, test } from 'vitest';
import { createAnswerer, type SiteTable } from './site-table';

const table: SiteTable = {
  pages: ['/', '/cancer-rehabilitation', '/personalised-care/holistic-needs-assessment'],
  redirects: [{ from: '/hna', to: '/personalised-care/holistic-needs-assessment' }],
  youtubePaths: [],
  files: ['/sitemap.xml', '/islands/menu.ABCD1234.js'],
};
const answer = createAnswerer(table);

describe('what the site answers', () => {
  test('a page and a file are served', () => {
    expect(answer('GET', '/cancer-rehabilitation')).toMatchObject({ status: 200, file: '/cancer-rehabilitation.html' });
    expect(answer('GET', '/')).toMatchObject({ status: 200, file: '/index.html' });
    expect(answer('HEAD', '/sitemap.xml')).toMatchObject({ status: 200, file: '/sitemap.xml' });
    expect(answer('GET', '/islands/menu.ABCD1234.js')).toMatchObject({ status: 200 });
  });
  test('an old address in capitals with a slash goes to its page in one 308, query kept', () => {
    expect(answer('GET', '/HNA/?ref=letter')).toMatchObject({
      status: 308,
      location: '/personalised-care/holistic-needs-assessment?ref=letter',
    });
  });
  test('mixed case, .html and trailing slashes go to the lower-case page', () => {
    for (const target of ['/Cancer-Rehabilitation', '/cancer-rehabilitation.html', '/cancer-rehabilitation/', '/CANCER-REHABILITATION.HTML/']) {
      expect(answer('GET', target), target).toMatchObject({ status: 308, location: '/cancer-rehabilitation' });
    }
    expect(answer('GET', '/index.html')).toMatchObject({ status: 308, location: '/' });
  });
  test('a file is not a page: the wrong case is a 404, and so are the 404 page and compressed copies by name', () => {
    for (const target of ['/Sitemap.xml', '/404.html', '/index.html.br', '/no-such-page', `/${'a'.repeat(3000)}`]) {
      expect(answer('GET', target), target.slice(0, 40)).toMatchObject({ status: 404, file: '/404.html' });
    }
  });
  test('other methods are refused with 405, bad addresses with 400', () => {
    expect(answer('POST', '/cancer-rehabilitation')).toMatchObject({ status: 405 });
    expect(answer('OPTIONS', '/')).toMatchObject({ status: 405 });
    expect(answer('GET', '/%00')).toMatchObject({ status: 400 });
  });
});
