import { expect, test } from 'vitest';
import { makeService } from '../../tests/fixtures/local-support/services';
import { matches, servesArea } from './match';
import { countByNeed, servicesForArea, servicesForNeed } from './queries';

const lambethCentre = makeService({ slug: 'lambeth-centre', name: 'A Lambeth centre', areas: ['lambeth'], needs: ['practical-help'], howToGet: ['drop-in'] });
const phoneLine = makeService({ slug: 'phone-line', name: 'B phone line', areas: ['national'], needs: ['feelings', 'practical-help'], howToGet: ['phone'] });
const website = makeService({ slug: 'website', name: 'C website', areas: ['online'], needs: ['information'], howToGet: ['online'] });
const southwarkGroup = makeService({ slug: 'southwark-group', name: 'D Southwark group', areas: ['southwark'], needs: ['practical-help'], howToGet: ['referral'] });
const all = [lambethCentre, phoneLine, website, southwarkGroup];

test('someone in a borough also gets national and online services', () => {
  expect(servesArea(['national'], 'lambeth')).toBe(true);
  expect(servesArea(['online'], 'lambeth')).toBe(true);
  expect(servesArea(['southwark'], 'lambeth')).toBe(false);
});

test('choosing online or national gets only those', () => {
  expect(servesArea(['lambeth'], 'national')).toBe(false);
  expect(servesArea(['online'], 'national')).toBe(false);
  expect(servesArea(['national'], 'national')).toBe(true);
});

test('a need lists the services that help with it, by name', () => {
  expect(servicesForNeed(all, 'practical-help').map((service) => service.slug)).toEqual(['lambeth-centre', 'phone-line', 'southwark-group']);
  expect(countByNeed(all, 'tiredness')).toBe(0);
});

test('a need in an area lists local services first, then those anyone can use', () => {
  const { local, wide } = servicesForArea(all, 'lambeth', 'practical-help');
  expect(local.map((service) => service.slug)).toEqual(['lambeth-centre']);
  expect(wide.map((service) => service.slug)).toEqual(['phone-line']);
});

test('how to get it matches any of the ways chosen; an empty filter matches everything', () => {
  expect(all.filter((service) => matches(service, { howToGet: ['drop-in', 'phone'] })).map((service) => service.slug)).toEqual([
    'lambeth-centre',
    'phone-line',
  ]);
  expect(all.filter((service) => matches(service, {}))).toHaveLength(4);
});

test('a published service that is hidden or deleted keeps its address, as a notice', async () => {
  const { withdrawnServices } = await import('./routes');
  const hidden = makeService({ slug: 'hidden-one' });
  const published = ['/local-support', '/local-support/lambeth-centre', '/local-support/hidden-one', '/local-support/closed-one', '/local-support/need/eating'];
  expect(withdrawnServices([lambethCentre, hidden], [lambethCentre], published)).toEqual([
    { slug: 'hidden-one', service: hidden },
    { slug: 'closed-one' },
  ]);
});
