import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { formatProblem } from '@/lib/problems/content-error';

// The gateway reads content/local-support/services/ with the areas from
// site.yaml, and reports service problems with every other content problem.

// Each test imports a fresh gateway, which compiles the fixture site's MDX:
// seconds on a busy machine, so allow far more than vitest's 5 seconds.
vi.setConfig({ testTimeout: 60_000 });

const temporary: string[] = [];
const originalContentDir = process.env.CONTENT_DIR;
const originalNow = process.env.SITE_NOW;

function siteWithServices(services: Record<string, string>, areas = '\nareas:\n  - id: lambeth\n    label: Lambeth\n'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-local-support-'));
  temporary.push(dir);
  cpSync('tests/fixtures/content/sites/good', dir, { recursive: true });
  appendFileSync(path.join(dir, 'site.yaml'), areas);
  mkdirSync(path.join(dir, 'local-support', 'services'), { recursive: true });
  for (const [name, text] of Object.entries(services)) writeFileSync(path.join(dir, 'local-support', 'services', name), text);
  return dir;
}

const fixture = (name: string) => readFileSync(`tests/fixtures/local-support/${name}`, 'utf8');

async function gatewayFor(dir: string) {
  process.env.CONTENT_DIR = dir;
  vi.resetModules();
  return import('@/lib/content');
}

afterEach(() => {
  if (originalContentDir === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = originalContentDir;
  if (originalNow === undefined) delete process.env.SITE_NOW;
  else process.env.SITE_NOW = originalNow;
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

test('services are read with the areas from site.yaml, and appear in the sitemap and the search', async () => {
  process.env.SITE_NOW = '2026-12-01T12:00:00Z';
  const text = fixture('valid/drop-in-centre.yaml').replace('areas: [lambeth, southwark]', 'areas: [lambeth]');
  const content = await gatewayFor(siteWithServices({ 'drop-in-centre.yaml': text }));
  expect(content.loadContent().problems.map(formatProblem)).toEqual([]);
  expect(content.getServices().map((service) => service.slug)).toEqual(['drop-in-centre']);
  const sitemap = content.getSitemapPaths().map((entry) => entry.path);
  expect(sitemap).toEqual(expect.arrayContaining(['/local-support', '/local-support/drop-in-centre', '/local-support/need/practical-help', '/local-support/area/lambeth']));
  expect(sitemap).not.toContain('/local-support/need/practical-help/lambeth');
  expect(content.getRoutes().pages.map((route) => route.path)).toContain('/local-support/need/practical-help/lambeth');
  expect(content.getSearchDocuments().find((doc) => doc.url === '/local-support/drop-in-centre')?.kind).toBe('service');
});

test('a bad service file stops the content with its file and line, alongside every other problem', async () => {
  const content = await gatewayFor(
    siteWithServices({ 'listening-line.yaml': fixture('invalid/many-mistakes.yaml'), 'notes.txt': 'not a service' }),
  );
  const problems = content.loadContent().problems;
  expect(problems.map((problem) => `${problem.file}:${problem.line ?? ''} ${problem.field ?? ''}`)).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/local-support\/services\/listening-line\.yaml:5 needs\[0\]$/),
      expect.stringMatching(/local-support\/services\/listening-line\.yaml:8 areas\[0\]$/),
      expect.stringMatching(/local-support\/services\/notes\.txt: $/),
    ]),
  );
  expect(() => content.getServices()).toThrow(/problems? in the content/);
});

test('an area listed twice in site.yaml, or a built-in area listed there, is reported', async () => {
  const content = await gatewayFor(
    siteWithServices({}, '\nareas:\n  - id: lambeth\n    label: Lambeth\n  - id: lambeth\n    label: Lambeth again\n  - id: online\n    label: Online\n'),
  );
  const problems = content.loadContent().problems.map((problem) => `${problem.field}: ${problem.message}`);
  expect(problems.sort()).toEqual([
    'areas[1].id: The area "lambeth" is listed twice.',
    'areas[2].id: online and national are built in: they must not be listed in site.yaml.',
  ]);
});

test('a service long past its nextCheck is not built, but stays in the content for the check to report', async () => {
  process.env.SITE_NOW = '2027-06-15T12:00:00Z';
  const content = await gatewayFor(siteWithServices({ 'drop-in-centre.yaml': fixture('valid/drop-in-centre.yaml').replace('areas: [lambeth, southwark]', 'areas: [lambeth]') }));
  expect(content.getAllServices().map((service) => service.slug)).toEqual(['drop-in-centre']);
  expect(content.getServices()).toEqual([]);
  expect(content.getSitemapPaths().map((entry) => entry.path)).not.toContain('/local-support/drop-in-centre');
});

test('a published service whose file is deleted keeps its address, as a notice that it is not listed', async () => {
  const dir = siteWithServices({});
  appendFileSync(path.join(dir, 'published-urls.txt'), '/local-support/closed-centre\n');
  const content = await gatewayFor(dir);
  expect(content.getWithdrawnServices()).toEqual([{ slug: 'closed-centre' }]);
  expect(content.getRoutes().pages.map((route) => route.path)).toContain('/local-support/closed-centre');
  expect(content.getSitemapPaths().map((entry) => entry.path)).not.toContain('/local-support/closed-centre');
});
