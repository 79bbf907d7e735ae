import { expect, test } from 'vitest';
import { fixtureAreas, makeService } from '../../tests/fixtures/local-support/services';
import { directoryPageMeta, directoryPagePath, resolveDirectoryPath } from './resolve';

const services = [makeService({ slug: 'drop-in-centre' })];
const resolve = (path: string) => resolveDirectoryPath(path.split('/'), services, fixtureAreas, [{ slug: 'closed-centre' }]);

test('each directory address resolves to its page, and back to the same address', () => {
  for (const path of ['drop-in-centre', 'need/tiredness', 'need/tiredness/lambeth', 'area/lambeth', 'area/online', 'closed-centre']) {
    const page = resolve(path);
    expect(page, path).not.toBeNull();
    expect(directoryPagePath(page!)).toBe(`/local-support/${path}`);
  }
});

test('addresses the directory does not have are not found', () => {
  for (const path of ['no-such-service', 'need/wigs', 'need/tiredness/hackney', 'need/tiredness/online', 'area/hackney', 'area', 'drop-in-centre/extra', 'need/tiredness/lambeth/more']) {
    expect(resolve(path), path).toBeNull();
  }
});

test('a need in an area has a title that names both, and a breadcrumb back to the need', () => {
  const meta = directoryPageMeta(resolve('need/tiredness/lambeth')!);
  expect(meta.title).toBe('Tiredness and fatigue in Lambeth: local support');
  expect(meta.crumbs.at(-1)).toEqual({ label: 'Tiredness and fatigue', href: '/local-support/need/tiredness' });
});
