import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ContentPage } from '@/components/content-page';
import { getAllPages, getPage, getSiteSettings } from '@/lib/content';
import { getPageView } from '@/lib/page-view';

type Props = { params: Promise<{ slug?: string[] }> };

// Pages with a route of their own, which reads their MDX as an introduction.
const ownRoutes = new Set(['/whats-on', '/search']);

// Only pages in content/ exist; any other address is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return getAllPages()
    .filter((page) => !ownRoutes.has(page.path))
    .map((page) => ({ slug: page.slug }));
}

function pathOf(slug: string[] | undefined) {
  return `/${(slug ?? []).join('/')}`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = getPage(pathOf((await params).slug));
  if (!page) return {};
  const isHome = page.path === '/';
  return {
    title: isHome ? { absolute: `${getSiteSettings().name}: ${page.frontmatter.title}` } : page.frontmatter.title,
    description: page.frontmatter.description,
    alternates: { canonical: page.path },
    robots: page.frontmatter.noindex ? { index: false } : undefined,
  };
}

export default async function Page({ params }: Props) {
  const page = getPage(pathOf((await params).slug));
  if (!page) notFound();
  return <ContentPage view={await getPageView(page)} />;
}
