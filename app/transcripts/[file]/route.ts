import { transcriptFiles } from '@/lib/generated/files';

type Context = { params: Promise<{ file: string }> };

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return transcriptFiles().map(({ file }) => ({ file }));
}

export async function GET(_request: Request, { params }: Context) {
  const { file } = await params;
  const found = transcriptFiles().find((transcript) => transcript.file === file);
  if (!found) return new Response('Not found', { status: 404 });
  return new Response(found.text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
