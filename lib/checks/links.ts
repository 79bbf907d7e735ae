import type { Problem } from '../problems/content-error';

/**
 * Checks across the whole site that keep clinicians' links working: every
 * internal link and #anchor resolves, and every address ever published is
 * still a page or redirects to one, in one hop. Pure: the gateway passes in
 * what the site is made of.
 */

export type Route = {
  path: string;
  /** Ids a link may point at with #id; undefined when the page's ids are not known here. */
  anchors?: readonly string[];
};

export type LinkSource = {
  file: string;
  path: string;
  links: ReadonlyArray<{ url: string; line: number; column: number }>;
};

export type RedirectRule = { from: string; to: string; file: string };

const otherScheme = /^[a-z][a-z0-9+.-]*:/i;

/** Links that stay on this site: "/page", "/page#id", "#id" (not "https://…", "mailto:…"). */
function internalTarget(url: string, currentPath: string): { path: string; anchor?: string } | undefined {
  if (otherScheme.test(url) || url.startsWith('//')) return undefined;
  const [beforeHash, anchor] = url.split('#', 2) as [string, string | undefined];
  const pathPart = beforeHash.split('?')[0]!;
  const target = pathPart === '' ? currentPath : pathPart;
  return { path: target.length > 1 ? target.replace(/\/$/, '') : target, anchor: anchor || undefined };
}

export function linkProblems(sources: readonly LinkSource[], routes: readonly Route[], files: ReadonlySet<string>): Problem[] {
  const byPath = new Map(routes.map((route) => [route.path, route]));
  const problems: Problem[] = [];
  for (const source of sources) {
    for (const link of source.links) {
      const target = internalTarget(link.url, source.path);
      if (!target) continue;
      const where = { file: source.file, line: link.line, column: link.column };
      if (!target.path.startsWith('/')) {
        problems.push({
          ...where,
          message: `The link "${link.url}" does not start with "/", so it would break when the page moves.`,
          fix: `Write the whole path from the home page, such as "/${target.path}".`,
        });
        continue;
      }
      const route = byPath.get(target.path);
      if (!route) {
        if (files.has(target.path)) continue;
        problems.push({
          ...where,
          message: `The link "${link.url}" goes to a page that does not exist.`,
          found: target.path,
          fix: 'Check the address against the folder names in content/, or link to the page it moved to.',
        });
        continue;
      }
      if (target.anchor && route.anchors && !route.anchors.includes(target.anchor)) {
        problems.push({
          ...where,
          message: `The link "${link.url}" points to a section "#${target.anchor}" that ${target.path} does not have.`,
          expected: route.anchors.length ? `one of: ${route.anchors.slice(0, 12).join(', ')}${route.anchors.length > 12 ? ', …' : ''}` : 'no sections',
          found: `#${target.anchor}`,
          fix: 'A section\'s anchor is its heading in lower case with hyphens, such as "#what-happens-at-an-hna". Check the heading has not been reworded.',
        });
      }
    }
  }
  return problems;
}

/**
 * Every address in the published list must still be a page or redirect to
 * one; redirects go straight to a page (no chains, no loops).
 */
export function publishedUrlProblems(
  published: readonly string[],
  listFile: string,
  routes: readonly Route[],
  redirects: readonly RedirectRule[],
): Problem[] {
  const pages = new Set(routes.map((route) => route.path));
  const redirectFrom = new Map(redirects.map((redirect) => [redirect.from, redirect]));
  const problems: Problem[] = [];
  published.forEach((url, index) => {
    if (pages.has(url) || redirectFrom.has(url)) return;
    problems.push({
      file: listFile,
      line: index + 1,
      message: `${url} was published, so people may have it in letters, leaflets or bookmarks, but it is no longer a page and does not redirect anywhere.`,
      fix: `Add "${url}" to redirectFrom in the frontmatter of the page that replaces it (see docs/editing-pages.md).`,
    });
  });
  for (const redirect of redirects) {
    if (!pages.has(redirect.to)) {
      problems.push({
        file: redirect.file,
        field: 'redirectFrom',
        message: `${redirect.from} redirects to ${redirect.to}, which is not a page.`,
        fix: 'Redirects must go straight to a page.',
      });
    }
    const next = redirectFrom.get(redirect.to);
    if (next) {
      problems.push({
        file: redirect.file,
        field: 'redirectFrom',
        message: `${redirect.from} redirects to ${redirect.to}, which redirects again to ${next.to}: a chain${next.to === redirect.from ? ' that loops' : ''}.`,
        fix: `List ${redirect.from} in the redirectFrom of the page at ${next.to} instead.`,
      });
    }
    if (pages.has(redirect.from)) {
      problems.push({
        file: redirect.file,
        field: 'redirectFrom',
        message: `${redirect.from} is a page, so it cannot also redirect.`,
        fix: `Remove ${redirect.from} from redirectFrom, or move the page.`,
      });
    }
  }
  return problems;
}

/** The published list with any new addresses added, sorted, one a line. */
export function withNewlyPublished(published: readonly string[], current: readonly string[]): string[] {
  return [...new Set([...published, ...current])].sort();
}
