import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readingAge, readingAgeProblems, type ReadingAge } from './reading-age';
import { reviewProblems } from './review-dates';
import { lintStyle } from './style';
import { redFlagProblems } from './red-flags';
import { contentDir, getRoutes, loadContent, publishedUrlsFile } from '../content';
import { pageResultCache } from '../content/cache';
import type { Problem } from '../problems/content-error';
import { listFiles } from '../build/files';
import { searchSuggestions } from '../search/suggestions';
import { linkProblems, publishedUrlProblems } from './links';
import { searchPath } from '../urls';
import { freshnessProblems } from '../local-support/freshness';

/**
 * Everything `npm run content:check` reports: the gateway's validation, then
 * the site-wide checks (links, anchors, published addresses) and the
 * editors' checks (review dates, NHS style, reading age), every problem at once.
 */
export type SiteCheck = {
  problems: Problem[];
  readingAges: Array<{ file: string; path: string; audience: string; result: ReadingAge }>;
};

/** Files in public/, as their addresses on the site ("/video/awareness.mp4"). */
function publicFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return listFiles(dir).map((file) => `/${path.relative(dir, file).split(path.sep).join('/')}`);
}

/** @param today "YYYY-MM-DD" in Europe/London. */
export function checkSite(today: string): SiteCheck {
  const content = loadContent();
  const problems: Problem[] = [...content.problems];
  const readingAges: SiteCheck['readingAges'] = [];
  // Site-wide checks need valid pages; with invalid ones, report those first.
  if (problems.some((problem) => problem.severity !== 'warning')) return { problems, readingAges };

  const routes = getRoutes();
  const files = new Set([...publicFiles(path.resolve('public')), ...routes.files]);
  const suggestions = {
    file: 'lib/search/suggestions.ts',
    path: searchPath,
    links: searchSuggestions.map((suggestion) => ({ url: suggestion.href, line: 0, column: 0 })),
  };
  problems.push(...linkProblems([...content.pages, suggestions], routes.pages, files));

  const listFile = publishedUrlsFile();
  const published = existsSync(listFile) ? readFileSync(listFile, 'utf8').split('\n').filter(Boolean) : [];
  problems.push(
    ...publishedUrlProblems(
      published,
      path.relative(process.cwd(), listFile),
      routes.pages,
      content.pages.flatMap((page) =>
        (page.frontmatter.redirectFrom ?? []).map((from) => ({ from, to: page.path, file: page.file })),
      ),
    ),
  );

  // Services past their nextCheck: warnings, and a note for each one hidden from the directory.
  problems.push(...freshnessProblems(content.services, today));
  // Style, red flags and reading age depend only on the page's text: a page
  // that has not changed since the last check is not parsed and checked again.
  const pageChecks = pageResultCache<{ problems: Problem[]; readingAge: ReadingAge }>('page-checks');
  for (const page of content.pages) {
    problems.push(...reviewProblems(page.frontmatter, page.file, page.lineOf('nextReview'), today));
    const checked = pageChecks.get(page.file, page.source, () => ({
      problems: [...lintStyle(page.tree, page.file), ...redFlagProblems(page.tree, page.file)],
      readingAge: readingAge(page.tree),
    }));
    problems.push(...checked.problems);
    const result = checked.readingAge;
    readingAges.push({ file: page.file, path: page.path, audience: page.frontmatter.audience, result });
    problems.push(...readingAgeProblems(result, page.file, page.frontmatter.audience));
  }
  pageChecks.save();
  return { problems, readingAges };
}

export { contentDir };
