import 'server-only';
import { pagesToRender, type PageSource } from '../build/finished-pages';
import { getDirectoryRoutes } from '../content';
import { directoryPath } from '../urls';

/** The route that renders every directory page below /local-support. */
const directoryRoute = 'app/local-support/[...path]/page.tsx';

/**
 * The directory's pages below /local-support, as pages a build may keep: each
 * is made from shared inputs only (lib/build/finished-pages.ts), so it has
 * no file or text of its own.
 */
export function directoryPages(): PageSource[] {
  return getDirectoryRoutes()
    .paths.filter((path) => path !== directoryPath)
    .map((path) => ({ path, file: directoryRoute, source: '' }));
}

/** The directory route's generateStaticParams: in `next build`, only the pages no earlier build has finished. */
export function directoryPageParams(): Array<{ path: string[] }> {
  return pagesToRender(directoryPages()).map((page) => ({ path: page.path.slice(directoryPath.length + 1).split('/') }));
}
