import 'server-only';
import {
  compilePage,
  getBreadcrumbs,
  getChildPages,
  getNavigation,
  getSiteSettings,
  getVideos,
  type NavItem,
  type Page,
} from '../content';
import type { SiteSettings } from '../schemas/site';
import type { Video } from '../video/parse';
import { isHomePath } from '../urls';

/** Everything a content page's template needs, gathered in one place for the routes. */
export type PageView = {
  page: Page;
  code: string;
  settings: SiteSettings;
  navigation: NavItem[];
  crumbs: Array<{ label: string; href: string }>;
  childPages: Array<{ href: string; title: string; description: string }>;
  videos: ReadonlyMap<string, Video>;
};

export async function getPageView(page: Page): Promise<PageView> {
  return {
    page,
    code: await compilePage(page),
    settings: getSiteSettings(),
    navigation: getNavigation(),
    crumbs: getBreadcrumbs(page).map((crumb) => ({
      label: isHomePath(crumb.path) ? 'Home' : (crumb.frontmatter.shortTitle ?? crumb.frontmatter.title),
      href: crumb.path,
    })),
    childPages: getChildPages(page).map((child) => ({
      href: child.path,
      title: child.frontmatter.title,
      description: child.frontmatter.description,
    })),
    videos: getVideos(),
  };
}
