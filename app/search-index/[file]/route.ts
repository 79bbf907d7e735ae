import { searchIndexShards } from '@/lib/generated/files';
import { manifestFile } from '@/lib/search/format';

type Context = { params: Promise<{ file: string }> };

// The search index's shard files, for `npm run dev` (the search page asks for
// /search-index/<file>). The post-build step writes the built site's copy into
// a folder named by its hash and points the search page at it.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  // `npm run dev` asks for every shard. The build writes only the manifest
  // (a static export needs at least one file per route): the post-build step
  // writes the served copy anyway, and at 1,000 pages rendering 750 shards
  // here, to be deleted, kept one of the two page workers busy (issue 13).
  const files = process.env.NODE_ENV === 'production' ? [manifestFile] : [...searchIndexShards().keys()];
  return files.map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: Context) {
  const text = searchIndexShards().get((await params).file);
  if (text === undefined) return new Response('Not found', { status: 404 });
  return new Response(text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
