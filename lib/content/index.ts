import 'server-only';

/**
 * The content gateway: the only way into content/. Everything is read and
 * validated once per process (load.ts); invalid content throws a ContentError
 * listing every problem, so the build stops with messages an editor can act on.
 * queries.ts answers the templates' questions; indexes.ts builds the lists that
 * need all of the content (search, A to Z, sitemap, every route).
 */
export { contentDir, loadContent, publishedUrlsFile, readPage, type Content, type NavItem, type Page } from './load';
export {
  compilePage,
  getAllPages,
  getBreadcrumbs,
  getCategories,
  getChildPages,
  getNavigation,
  getPage,
  getServerConfigInput,
  getSession,
  getSessions,
  getSiteSettings,
  getVideos,
} from './queries';
// Kept here for callers that had it from the gateway; addresses live in lib/urls.ts.
export { sessionPath } from '../urls';
export { getAllServices, getDirectoryRoutes, getServices, getWithdrawnServices } from './services';
export { getAtoZ, getCategoryPaths, getRoutes, getSearchDocuments, getSitemapPaths } from './indexes';
export { perContent } from './per-content';
