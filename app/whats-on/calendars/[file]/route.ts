import { occurrenceCalendarFiles } from '@/lib/generated/files';

type Context = { params: Promise<{ file: string }> };

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return occurrenceCalendarFiles().map(({ file }) => ({ file }));
}

export async function GET(_request: Request, { params }: Context) {
  const { file } = await params;
  const found = occurrenceCalendarFiles().find((calendar) => calendar.file === file);
  if (!found) return new Response('Not found', { status: 404 });
  return new Response(found.text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
