import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ContentPage } from '@/components/content-page';
import { getPage } from '@/lib/content';
import { pagePath } from '@/lib/urls';
import { contentPageMetadata, isPlainContentPage, plainContentPageParams } from '@/lib/views/content-page';
import { getPageView } from '@/lib/views/page-view';

type Props = { params: Promise<{ slug?: string[] }> };

/** A content page from content/**\/index.mdx; any other address is a 404. */
export const dynamicParams = false;

export function generateStaticParams() {
  return plainContentPageParams();
}

function pageFor(slug: string[] | undefined) {
  const page = getPage(pagePath(slug ?? []));
  return page && isPlainContentPage(page) ? page : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = pageFor((await params).slug);
  return page ? contentPageMetadata(page) : {};
}

export default async function Page({ params }: Props) {
  const page = pageFor((await params).slug);
  if (!page) notFound();
  return <ContentPage view={await getPageView(page)} />;
}
