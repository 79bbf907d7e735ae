import type { Metadata } from 'next';
import { Island } from '@/components/island';
import { PageShell } from '@/components/layout/page-shell';
import { getNavigation, getSiteSettings } from '@/lib/content';
import { reportProblemFor } from '@/lib/report-problem';
import { searchSuggestions } from '@/lib/search/suggestions';
import { findSupportHref, homePath, searchIndexFolder, searchPath } from '@/lib/urls';
import { atoZByLetter, findSupportWorries } from '@/lib/views/search';
import { shareMetadata } from '@/lib/seo/share';
import { breadcrumbJsonLd } from '@/lib/seo/structured-data';
import { JsonLd } from '@/components/json-ld';

const description = 'Search this site, or choose a topic from the A to Z and the list of common worries.';
export const metadata: Metadata = {
  title: 'Search',
  description,
  alternates: { canonical: searchPath },
  ...shareMetadata({ settings: getSiteSettings(), title: 'Search', description, path: searchPath }),
};

/**
 * Search runs in the browser over an index built with the site (the search
 * island): queries never leave the browser. Without JavaScript, the A to Z
 * and the "find support" routes are here, so the header's search box never
 * leads to a dead end.
 */
export default function SearchPage() {
  const settings = getSiteSettings();
  const atoZ = atoZByLetter();
  const worries = findSupportWorries();
  return (
    <PageShell
      settings={settings}
      navigation={getNavigation()}
      currentPath={searchPath}
      crumbs={[{ label: 'Home', href: homePath }]}
      report={reportProblemFor(settings, searchPath, 'Search')}
    >
      <div className="max-w-[44rem]">
        <h1 className="text-3xl font-bold sm:text-5xl">Search</h1>
        <form role="search" action={searchPath} method="get" data-search-form className="mt-6">
          <label htmlFor="search-q" className="block font-bold">
            Search this site
          </label>
          <p id="search-hint" className="text-ink-secondary">
            Use your own words, for example &ldquo;tired&rdquo; or &ldquo;money worries&rdquo;.
          </p>
          <div className="mt-2 flex">
            <input
              id="search-q"
              name="q"
              type="search"
              autoComplete="off"
              aria-describedby="search-hint"
              className="min-h-12 w-full min-w-0 rounded-l border-2 border-ink bg-white px-3"
            />
            <button type="submit" className="min-h-12 rounded-r bg-brand px-5 font-bold text-white hover:bg-brand-dark">
              Search
            </button>
          </div>
        </form>
        <div data-search-status role="status" aria-live="polite" className="mt-6 font-bold" />
        {/* The post-build step points this at the current index folder (scripts/postbuild.ts). */}
        <div data-search-results data-index-url={searchIndexFolder()} className="mt-4" />

        <div data-search-fallback className="mt-10">
          <section aria-labelledby="popular">
            <h2 id="popular" className="text-2xl font-bold">
              Popular topics
            </h2>
            <ul className="mt-3 list-disc space-y-2 pl-6">
              {searchSuggestions.map((suggestion) => (
                <li key={suggestion.href}>
                  <a href={suggestion.href}>{suggestion.label}</a>
                </li>
              ))}
            </ul>
          </section>

          {worries ? (
            <section aria-labelledby="by-worry" className="mt-10">
              <h2 id="by-worry" className="text-2xl font-bold">
                Find support by what is bothering you
              </h2>
              <ul className="mt-3 list-disc space-y-2 pl-6">
                {worries.map((heading) => (
                  <li key={heading.id}>
                    <a href={findSupportHref(heading.id)}>{heading.text}</a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <section aria-labelledby="a-to-z" className="mt-10">
            <h2 id="a-to-z" className="text-2xl font-bold">
              A to Z of topics
            </h2>
            <nav aria-label="A to Z letters" className="mt-3">
              <ul className="flex flex-wrap gap-2">
                {atoZ.map(({ letter }) => (
                  <li key={letter}>
                    <a href={`#letter-${letter}`} className="inline-flex min-h-11 min-w-11 items-center justify-center border border-border bg-white font-bold">
                      {letter}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            {atoZ.map(({ letter, topics }) => (
              <section key={letter} aria-labelledby={`letter-${letter}`} className="mt-6">
                <h3 id={`letter-${letter}`} className="text-xl font-bold">
                  {letter}
                </h3>
                <ul className="mt-2 space-y-1">
                  {topics.map((topic) => (
                    <li key={topic.href}>
                      <a href={topic.href}>{topic.label}</a>
                      {topic.kind === 'glossary' ? <span className="text-ink-secondary"> (meaning)</span> : null}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </section>
        </div>
      </div>
      <Island name="search" />
      <JsonLd data={breadcrumbJsonLd(settings, [{ label: 'Home', href: homePath }], { title: 'Search', path: searchPath })} />
    </PageShell>
  );
}
