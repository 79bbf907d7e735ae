import { getMDXComponent } from 'mdx-bundler/client';
import type { ReactNode } from 'react';
import type { PageView } from '@/lib/views/page-view';
import { canonicalUrl, isHomePath } from '@/lib/urls';
import { Island } from './island';
import { ChildPages } from './layout/child-pages';
import { ContentsList } from './layout/contents-list';
import { PageShell } from './layout/page-shell';
import { ReviewDates } from './layout/review-dates';
import { SharePage } from './layout/share-page';
import { Sources } from './layout/sources';
import { mdxComponents } from './mdx';

type Props = { view: PageView; children?: ReactNode };

// A contents list helps on long pages; on short ones it is clutter.
const CONTENTS_MIN_SECTIONS = 4;

/** A content page: its MDX body inside the furniture every page shares. */
export function ContentPage({ view, children }: Props) {
  const { page, code, settings, videos } = view;
  const Body = getMDXComponent(code);
  const sections = page.headings.filter((heading) => heading.depth === 2);
  return (
    <PageShell
      settings={settings}
      navigation={view.navigation}
      currentPath={page.path}
      crumbs={view.crumbs}
    >
      <article className="prose prose-site">
        <h1>{page.frontmatter.title}</h1>
        {!isHomePath(page.path) && sections.length >= CONTENTS_MIN_SECTIONS ? <ContentsList headings={sections} /> : null}
        <Body components={mdxComponents({ settings, videos })} />
        {children}
      </article>
      <div className="max-w-[44rem]">
        <ChildPages pages={view.childPages} />
        <Sources sources={page.frontmatter.sources} />
        <ReviewDates lastReviewed={page.frontmatter.lastReviewed} nextReview={page.frontmatter.nextReview} />
        <SharePage url={canonicalUrl(settings.url, page.path)} />
      </div>
      <Island name="copy-link" />
    </PageShell>
  );
}
