import { beforeAll, expect, test, vi } from 'vitest';
import { formatProblem } from '@/lib/problems/content-error';
import { needs } from '@/lib/local-support/needs';
import { needPath } from '@/lib/local-support/paths';

// Invariants over the real, committed directory (house style 4).

type Gateway = typeof import('@/lib/content');
let content: Gateway;

vi.setConfig({ testTimeout: 60_000 });

beforeAll(async () => {
  delete process.env.CONTENT_DIR;
  vi.resetModules();
  content = await import('@/lib/content');
});

test('every service file is valid', () => {
  const problems = content.loadContent().problems.filter((problem) => problem.file.startsWith('content/local-support/'));
  expect(problems.filter((problem) => problem.severity !== 'warning').map(formatProblem)).toEqual([]);
});

test('every service says where its details come from, with an address, and when they were checked', () => {
  for (const service of content.getAllServices()) {
    expect(service.source.url, service.file).toMatch(/^https:\/\//);
    expect(service.lastChecked, service.file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
});

test('/find-support links to the page of every need', () => {
  const links = new Set(content.getPage('/find-support')!.links.map((link) => link.url));
  expect(needs.map((need) => needPath(need.id)).filter((path) => !links.has(path))).toEqual([]);
});
