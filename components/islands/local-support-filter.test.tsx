import { fireEvent, screen, waitFor, within } from '@testing-library/dom';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { DirectoryFilter } from '@/components/local-support/directory-filter';
import { ServiceList } from '@/components/local-support/service-card';
import { fixtureAreas, makeService } from '@/tests/fixtures/local-support/services';
import { init } from './local-support-filter';

// The list and the form exactly as the site renders them on /local-support
// (components/local-support/directory-pages.tsx), with four made-up services.
const services = [
  makeService({ slug: 'lambeth-centre', name: 'A Lambeth centre', areas: ['lambeth'], needs: ['practical-help'], howToGet: ['drop-in'] }),
  makeService({ slug: 'phone-line', name: 'B phone line', areas: ['national'], needs: ['feelings'], howToGet: ['phone'] }),
  makeService({ slug: 'website', name: 'C website', areas: ['online'], needs: ['information'], howToGet: ['online'] }),
  makeService({ slug: 'southwark-group', name: 'D Southwark group', areas: ['southwark'], needs: ['feelings'], howToGet: ['referral'] }),
];

let undo: (() => void) | undefined;

function openPage(search = '') {
  history.replaceState(null, '', `/local-support${search}`);
  document.body.innerHTML = renderToStaticMarkup(
    <section>
      <DirectoryFilter siteAreas={fixtureAreas} total={services.length} />
      <ServiceList services={services} siteAreas={fixtureAreas} headingLevel={3} empty="No services match your choices." />
    </section>,
  );
  undo = init(document);
}

const list = () => document.querySelector<HTMLElement>('[data-service-list]')!;
/** The services a person can see (role queries leave out hidden elements). */
const shown = () => within(list()).queryAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
const status = () => screen.getByRole('status').textContent;

beforeEach(() => openPage());
afterEach(() => undo?.());

test('without the island the form is hidden; the island shows it', () => {
  undo?.();
  expect(screen.queryByRole('form', { name: 'Narrow the list' })).toBeNull();
  undo = init(document);
  expect(screen.getByRole('form', { name: 'Narrow the list' })).toBeTruthy();
});

test('choosing a need hides the services that do not help with it, and says how many are shown', () => {
  fireEvent.change(screen.getByLabelText('What you need help with'), { target: { value: 'feelings' } });
  expect(shown()).toEqual(['B phone line', 'D Southwark group']);
  expect(status()).toBe('Showing 2 of 4 services');
});

test('choosing an area keeps the services anyone can use, by phone or online', () => {
  fireEvent.change(screen.getByLabelText('Where you live'), { target: { value: 'lambeth' } });
  expect(shown()).toEqual(['A Lambeth centre', 'B phone line', 'C website']);
});

test('need, area and how to get help combine; nothing matching shows the empty message', () => {
  fireEvent.change(screen.getByLabelText('What you need help with'), { target: { value: 'feelings' } });
  fireEvent.change(screen.getByLabelText('Where you live'), { target: { value: 'southwark' } });
  expect(shown()).toEqual(['B phone line', 'D Southwark group']);
  fireEvent.click(screen.getByLabelText('Drop in'));
  expect(shown()).toEqual([]);
  expect(screen.getByText('No services match your choices.').hidden).toBe(false);
  expect(status()).toBe('Showing 0 of 4 services');
});

test('the choices go into the address, and come back from it', () => {
  fireEvent.change(screen.getByLabelText('What you need help with'), { target: { value: 'feelings' } });
  fireEvent.click(screen.getByLabelText('By phone'));
  expect(location.search).toBe('?need=feelings&how=phone');
  undo?.();
  openPage('?need=feelings&how=phone&area=nowhere');
  expect(shown()).toEqual(['B phone line']);
  expect(screen.getByLabelText<HTMLSelectElement>('Where you live').value).toBe('');
});

test('"Clear choices" shows every service again', async () => {
  fireEvent.change(screen.getByLabelText('What you need help with'), { target: { value: 'information' } });
  expect(shown()).toEqual(['C website']);
  fireEvent.click(screen.getByRole('button', { name: 'Clear choices' }));
  await waitFor(() => expect(shown()).toHaveLength(4));
  expect(status()).toBe('Showing all 4 services');
  expect(screen.getByText('No services match your choices.').hidden).toBe(true);
  expect(location.search).toBe('');
});
