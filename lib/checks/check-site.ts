import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { clinicalReviewProblems } from './clinical-review';
import { editorial } from './problem-kinds';
import { readingAge, readingAgeProblems, type ReadingAge } from './reading-age';
import { reviewProblems } from './review-dates';
import type { ReviewItem } from './review-report';
import { lintStyle } from './style';
import { redFlagProblems } from './red-flags';
import { isProductionBuild, placeholderSettingProblems } from '../site/production-settings';
import { contentDir, getRoutes, loadContent, publishedUrlsFile } from '../content';
import type { Problem } from '../problems/content-error';
import { listFiles } from '../build/files';
import { searchSuggestions } from '../search/suggestions';
import { linkProblems, publishedUrlProblems } from './links';
import { searchPath, sessionPath } from '../urls';
import { freshnessProblems } from '../local-support/freshness';
import { pageResultCache } from '../content/cache';

/**
 * Everything `npm run content:check` reports: the gateway's validation, then
 * the site-wide checks (links, anchors, published addresses) and the
 * editors' checks (review dates, NHS style, reading age), every problem at once.
 */
export type SiteCheck = {
  problems: Problem[];
  readingAges: Array<{ file: string; path: string; audience: string; result: ReadingAge }>;
  /** Everything with a review date, for the review report (lib/checks/review-report.ts). */
  reviewItems: ReviewItem[];
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
  const reviewItems: ReviewItem[] = [];
  // A build for the live site must not publish contact details that reach nobody.
  if (content.settings && isProductionBuild()) {
    const settingsFile = path.relative(process.cwd(), path.join(contentDir(), 'site.yaml')).split(path.sep).join('/');
    problems.push(...placeholderSettingProblems(content.settings, settingsFile, content.settingsLineOf));
  }
  // Site-wide checks need valid pages; with invalid ones, report those first.
  if (problems.some((problem) => problem.severity !== 'warning')) return { problems, readingAges, reviewItems };

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
  // Editorial problems (docs/content-checks.md): they fail a pull request that
  // changes the file, never the build. Red flags (urgent help) stay blocking.
  // Style, red flags and reading age depend only on the page's text: a page
  // that has not changed since the last check is not checked again (lib/content/cache.ts).
  const pageChecks = pageResultCache<{ style: Problem[]; redFlags: Problem[]; readingAge: ReadingAge }>('page-checks');
  for (const page of content.pages) {
    problems.push(...reviewProblems(page.frontmatter, page.file, page.lineOf('nextReview'), today));
    problems.push(...clinicalReviewProblems(page.frontmatter, page.file, page.lineOf, today));
    const checked = pageChecks.get(page.file, page.source, () => ({
      style: lintStyle(page.tree, page.file),
      redFlags: redFlagProblems(page.tree, page.file),
      readingAge: readingAge(page.tree),
    }));
    problems.push(...editorial(checked.style));
    problems.push(...checked.redFlags);
    const result = checked.readingAge;
    readingAges.push({ file: page.file, path: page.path, audience: page.frontmatter.audience, result });
    problems.push(...editorial(readingAgeProblems(result, page.file, page.frontmatter.audience)));
    const { title, nextReview, owner } = page.frontmatter;
    reviewItems.push({ collection: 'page', title, file: page.file, address: page.path, due: nextReview, owner });
  }
  const toProject = (file: string) => path.relative(process.cwd(), file).split(path.sep).join('/');
  for (const session of content.sessions) {
    const file = toProject(path.join(contentDir(), 'whats-on', 'sessions', `${session.slug}.yaml`));
    problems.push(...reviewProblems(session, file, undefined, today, 'session'));
    reviewItems.push({ collection: 'session', title: session.title, file, address: sessionPath(session), due: session.nextReview });
  }
  for (const [id, video] of content.videos) {
    const file = toProject(path.join(contentDir(), 'videos', id, 'video.yaml'));
    problems.push(...reviewProblems(video, file, undefined, today, 'video'));
    reviewItems.push({ collection: 'video', title: video.title, file, due: video.nextReview });
  }
  // Services have their own check (freshnessProblems, above); the report lists them beside the rest.
  for (const service of content.services) {
    reviewItems.push({ collection: 'service', title: service.name, file: service.file, due: service.nextCheck });
  }
  pageChecks.save();
  return { problems, readingAges, reviewItems };
}

export { contentDir };
