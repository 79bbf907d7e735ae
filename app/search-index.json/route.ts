import { searchIndexJson } from '@/lib/generated/files';

// Written once at build time into the static export, and served by `npm run dev` too.
export const dynamic = 'force-static';

export function GET() {
  return new Response(searchIndexJson(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
