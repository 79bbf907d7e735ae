import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { listFiles } from '@/lib/build/files';
import { frontmatterPattern } from '@/lib/content/frontmatter';

// A build reuses a content page it finished before when neither the page's
// own file nor anything every page shares has changed; other pages' bodies
// are not in that key (lib/build/finished-pages.ts). That is only right
// while no page shows anything from another page's body. This test changes
// every page's body and checks that what each content page is made from,
// apart from its own page, stays the same, and what the directory's pages
// are made from.

const originalContentDir = process.env.CONTENT_DIR;
const temporary: string[] = [];

afterEach(() => {
  if (originalContentDir === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = originalContentDir;
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Every content page's view, without its own page and body, as text to compare. */
async function sharedPartsOfEveryView(contentDir: string): Promise<Map<string, string>> {
  process.env.CONTENT_DIR = contentDir;
  vi.resetModules();
  const { getPageView } = await import('@/lib/views/page-view');
  const { plainContentPages } = await import('@/lib/views/content-page');
  const views = new Map<string, string>();
  const { getNavigation, getServices, getSiteSettings, getWithdrawnServices } = await import('@/lib/content');
  const { directoryPages } = await import('@/lib/views/directory-pages');
  const asText = (data: unknown) =>
    JSON.stringify(data, (_key, value: unknown) => (value instanceof Map ? [...value] : value))
      // Files are named from the project's folder, and the copy is elsewhere.
      .replaceAll(`"${path.relative(process.cwd(), contentDir)}/`, '"<content>/');
  for (const page of plainContentPages()) {
    const { page: _own, code: _body, ...shared } = await getPageView(page);
    views.set(page.path, asText(shared));
  }
  // What the directory's route reads to make its pages (app/local-support/[...path]/page.tsx).
  const directoryData = asText({ navigation: getNavigation(), services: getServices(), withdrawn: getWithdrawnServices(), settings: getSiteSettings() });
  for (const page of directoryPages()) views.set(page.path, directoryData);
  return views;
}

test('no kept page is made from another page’s body, so a changed body re-renders only its own page', async () => {
  const before = await sharedPartsOfEveryView(path.resolve('content'));
  expect(before.size).toBeGreaterThan(100);

  const changed = mkdtempSync(path.join(tmpdir(), 'content-bodies-'));
  temporary.push(changed);
  cpSync('content', changed, { recursive: true });
  const pages = listFiles(changed).filter((file) => file.endsWith('.mdx'));
  for (const file of pages) {
    // A new first paragraph (a page's introduction) and a new last section.
    const source = readFileSync(file, 'utf8');
    const frontmatter = frontmatterPattern.exec(source)?.[0] ?? '';
    const body = source.slice(frontmatter.length);
    writeFileSync(file, `${frontmatter}\nA first paragraph added by a test.\n${body}\n## A heading added by a test\n\nA paragraph added by a test.\n`);
  }

  const after = await sharedPartsOfEveryView(changed);
  expect([...after.keys()]).toEqual([...before.keys()]);
  for (const [address, view] of before) expect(after.get(address), address).toBe(view);
}, 60_000);
