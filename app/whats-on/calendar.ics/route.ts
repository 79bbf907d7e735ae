import { scheduleCalendarText } from '@/lib/generated/files';

export const dynamic = 'force-static';

export function GET() {
  return new Response(scheduleCalendarText(), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
