import { bundleIsland, islandNames } from '@/lib/generated/files';

type Context = { params: Promise<{ file: string }> };

// Each island bundled at build time to /islands/<name>.js (the post-build
// step then adds a content hash to the name); `npm run dev` bundles on request,
// so islands work in the preview too.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return islandNames().map((name) => ({ file: `${name}.js` }));
}

export async function GET(_request: Request, { params }: Context) {
  const { file } = await params;
  const name = file.replace(/\.js$/, '');
  if (!islandNames().includes(name)) return new Response('Not found', { status: 404 });
  return new Response(await bundleIsland(name), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
