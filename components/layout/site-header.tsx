import type { NavItem } from '@/lib/content';
import { homePath, isHomePath, searchPath } from '@/lib/urls';

type Props = { siteName: string; shortName: string; navigation: NavItem[]; currentPath: string };

const searchHint = 'For example, tiredness';

/**
 * The site name, search and main navigation.
 *
 * On phones (below 40rem, Tailwind's `sm`) the header is one row: the short
 * site name and two controls, "Search" and "Menu", so the page's heading
 * starts in the first screen, as on NHS.UK and GOV.UK. The controls are
 * <details> disclosures: they open and close with JavaScript off, by
 * keyboard and touch, and screen readers announce them as expandable
 * buttons. Sharing one `name` makes them exclusive where browsers support it
 * (opening one closes the other); where not, both may be open, which is
 * harmless.
 *
 * On wider screens the search form and the full navigation are always shown.
 * The phone and wide versions are separate elements, hidden with
 * `display: none`, so assistive technology meets only the one on screen.
 */
export function SiteHeader({ siteName, shortName, navigation, currentPath }: Props) {
  return (
    <header className="relative bg-brand text-white print:bg-white print:text-ink">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-x-2 px-3 py-2 sm:px-4 sm:flex-wrap sm:gap-y-4 sm:py-4 print:py-0">
        <a
          href={homePath}
          className="inline-flex min-h-11 min-w-0 items-center text-base font-bold text-white no-underline visited:text-white hover:text-white hover:underline sm:text-xl print:min-h-0 print:text-ink"
        >
          <span className="leading-tight sm:hidden">{shortName}</span>
          <span className="hidden sm:inline sm:text-xl">{siteName}</span>
        </a>

        <div className="flex shrink-0 gap-1.5 sm:hidden print:hidden">
          <details name="site-header" className="header-disclosure">
            <summary className="header-toggle">Search</summary>
            <div className="header-panel">
              <SearchForm id="header-search-phone" />
            </div>
          </details>
          <details name="site-header" className="header-disclosure">
            <summary className="header-toggle">Menu</summary>
            <div className="header-panel">
              <MainNavigation navigation={navigation} currentPath={currentPath} layout="stacked" />
            </div>
          </details>
        </div>

        <div className="hidden w-full max-w-sm sm:block print:hidden">
          <SearchForm id="header-search" />
        </div>
      </div>
      <div className="hidden border-t border-white/40 sm:block print:hidden">
        <MainNavigation navigation={navigation} currentPath={currentPath} layout="row" />
      </div>
    </header>
  );
}

function SearchForm({ id }: { id: string }) {
  return (
    <form role="search" action={searchPath} method="get" className="flex w-full">
      <label htmlFor={id} className="sr-only">
        Search this site
      </label>
      <input
        id={id}
        name="q"
        type="search"
        autoComplete="off"
        placeholder={searchHint}
        className="min-h-11 w-full min-w-0 rounded-l border-2 border-white bg-white px-3 text-base text-ink placeholder:text-ink-secondary sm:text-body"
      />
      <button
        type="submit"
        className="min-h-11 rounded-r border-2 border-l-0 border-white bg-brand-dark px-4 font-bold text-white hover:bg-ink"
      >
        Search
      </button>
    </form>
  );
}

type NavigationProps = { navigation: NavItem[]; currentPath: string; layout: 'row' | 'stacked' };

function MainNavigation({ navigation, currentPath, layout }: NavigationProps) {
  return (
    <nav aria-label="Main">
      <ul
        className={
          layout === 'row'
            ? 'mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-1 px-4 py-2'
            : 'flex flex-col divide-y divide-white/40'
        }
      >
        {navigation.map((item) => {
          const inSection = !isHomePath(item.href) && currentPath.startsWith(`${item.href}/`);
          const current = item.href === currentPath || inSection;
          return (
            <li key={item.href}>
              <a
                href={item.href}
                aria-current={item.href === currentPath ? 'page' : inSection ? 'true' : undefined}
                className={`min-h-11 items-center text-white visited:text-white hover:text-white ${
                  layout === 'row' ? 'inline-flex' : 'flex px-1 py-1'
                } ${current ? 'font-bold underline decoration-4' : 'no-underline hover:underline'}`}
              >
                {item.label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
