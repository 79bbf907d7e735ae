import { searchIndexShards } from '@/lib/generated/files';

type Context = { params: Promise<{ file: string }> };

// The search index's shard files, for `npm run dev` (the search page asks for
// /search-index/<file>). The post-build step writes the built site's copy into
// a folder named by its hash and points the search page at it.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [...searchIndexShards().keys()].map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: Context) {
  const text = searchIndexShards().get((await params).file);
  if (text === undefined) return new Response('Not found', { status: 404 });
  return new Response(text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
