import { expect, test } from 'vitest';
import { fixtureAreas, serviceFromFixture } from '../../tests/fixtures/local-support/services';
import { serviceJsonLd } from './json-ld';
import { serviceSearchDocs } from './search';

const options = { siteUrl: 'https://cancer-rehab.example.org', siteAreas: fixtureAreas };

test('a service is a schema.org Service with its provider, areas, hours and ways to reach it', () => {
  const data = serviceJsonLd(serviceFromFixture('valid/drop-in-centre.yaml'), options);
  expect(data).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'Service',
    '@id': 'https://cancer-rehab.example.org/local-support/drop-in-centre#service',
    name: 'Example Cancer Information Centre',
    url: 'https://cancer-rehab.example.org/local-support/drop-in-centre',
    provider: { '@type': 'Organization', name: 'Example Cancer Charity' },
    areaServed: [
      { '@type': 'AdministrativeArea', name: 'Lambeth' },
      { '@type': 'AdministrativeArea', name: 'Southwark' },
    ],
    category: ['Information and advice', 'Money, benefits and work', 'Practical help'],
  });
  const hours = [
    {
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Tuesday', 'https://schema.org/Wednesday', 'https://schema.org/Thursday', 'https://schema.org/Friday'],
      opens: '09:00',
      closes: '17:00',
    },
    { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Saturday'], opens: '10:00', closes: '12:00' },
  ];
  expect(data.hoursAvailable).toEqual(hours);
  expect(data.availableChannel).toMatchObject({
    '@type': 'ServiceChannel',
    servicePhone: { '@type': 'ContactPoint', telephone: '020 7946 0123' },
    serviceUrl: 'https://www.example.org/centre',
    serviceLocation: {
      '@type': 'Place',
      address: { '@type': 'PostalAddress', postalCode: 'SE5 9ZZ', addressCountry: 'GB' },
      openingHoursSpecification: hours,
    },
  });
});

test('a national line open 24 hours serves the United Kingdom, from 00:00 to 23:59', () => {
  const data = serviceJsonLd(serviceFromFixture('valid/phone-line.yaml'), options);
  expect(data.areaServed).toEqual([{ '@type': 'Country', name: 'United Kingdom' }]);
  expect(data.hoursAvailable?.[0]).toMatchObject({ opens: '00:00', closes: '23:59' });
  expect(data.availableChannel).not.toHaveProperty('serviceLocation');
});

test('the search document has the needs as headings and the description as text, so "wig" and "benefits" find it', () => {
  const [doc] = serviceSearchDocs([serviceFromFixture('valid/drop-in-centre.yaml')], fixtureAreas);
  expect(doc).toMatchObject({ url: '/local-support/drop-in-centre', title: 'Example Cancer Information Centre', kind: 'service' });
  expect(doc!.headings).toContain('Money, benefits and work');
  expect(doc!.description).toContain('wig fitting');
  expect(doc!.text).toContain('benefits advisers');
});

test('the site search finds a service by "wig" and by "benefits advice", among the site\'s pages', async () => {
  const { buildSearchIndex } = await import('../search/index-builder');
  const { createMemorySearcher } = await import('../search/query');
  const { searchDocs } = await import('../../tests/fixtures/search/docs');
  const services = [serviceFromFixture('valid/drop-in-centre.yaml'), serviceFromFixture('valid/phone-line.yaml')];
  const searcher = createMemorySearcher(buildSearchIndex([...searchDocs, ...serviceSearchDocs(services, fixtureAreas)]).files);
  const urls = async (query: string) => (await searcher.search(query, 20)).map((hit) => hit.url);
  expect((await urls('wig'))[0]).toBe('/local-support/drop-in-centre');
  expect((await urls('benefits advice')).slice(0, 3)).toContain('/local-support/drop-in-centre');
  expect(await urls('wig')).not.toContain('/local-support/phone-line');
});
