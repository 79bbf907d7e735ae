import type { NavItem } from '@/lib/content';
import { homePath, isHomePath, searchPath } from '@/lib/urls';

type Props = { siteName: string; navigation: NavItem[]; currentPath: string };

/**
 * Header with the site name, a search box and the main navigation. The
 * navigation is a plain list that wraps on narrow screens: it works at 320px
 * with no JavaScript and no hidden menu to find.
 */
export function SiteHeader({ siteName, navigation, currentPath }: Props) {
  return (
    <header className="bg-brand text-white print:bg-white print:text-ink">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <a
          href={homePath}
          className="text-xl font-bold text-white no-underline visited:text-white hover:text-white hover:underline print:text-ink"
        >
          {siteName}
        </a>
        <form role="search" action={searchPath} method="get" className="flex w-full max-w-sm print:hidden">
          <label htmlFor="header-search" className="sr-only">
            Search this site
          </label>
          <input
            id="header-search"
            name="q"
            type="search"
            autoComplete="off"
            placeholder="For example, tiredness"
            className="min-h-11 w-full min-w-0 rounded-l border-2 border-white bg-white px-3 text-ink placeholder:text-ink-secondary"
          />
          <button
            type="submit"
            className="min-h-11 rounded-r border-2 border-l-0 border-white bg-brand-dark px-4 font-bold text-white hover:bg-ink"
          >
            Search
          </button>
        </form>
      </div>
      <nav aria-label="Main" className="border-t border-white/40 print:hidden">
        <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-1 px-4 py-2">
          {navigation.map((item) => {
            const current =
              item.href === currentPath || (!isHomePath(item.href) && currentPath.startsWith(`${item.href}/`));
            return (
              <li key={item.href}>
                <a
                  href={item.href}
                  aria-current={item.href === currentPath ? 'page' : current ? 'true' : undefined}
                  className={`inline-flex min-h-11 items-center text-white visited:text-white hover:text-white ${
                    current ? 'font-bold underline decoration-4' : 'no-underline hover:underline'
                  }`}
                >
                  {item.label}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
    </header>
  );
}
