import { calendarFeedUrl, calendarWebcalUrl } from '@/lib/seo/calendar';
import type { SiteSettings } from '@/lib/schemas/site';

type Props = { settings: Pick<SiteSettings, 'url'> };

/**
 * Subscribing, so new and changed sessions appear in people's calendars by
 * themselves. The webcal:// link opens the calendar app on iPhones, Macs and
 * in Outlook on a computer; Google Calendar and Outlook on the web only
 * subscribe when given the address, so the steps for those are here too.
 */
export function CalendarSubscribe({ settings }: Props) {
  const address = calendarFeedUrl(settings);
  return (
    <section aria-labelledby="subscribe-heading" className="not-prose mt-8">
      <h2 id="subscribe-heading" className="text-xl font-bold">
        Get every session in your calendar
      </h2>
      <p className="mt-2">
        <a href={calendarWebcalUrl(settings)}>Subscribe to all sessions in your calendar app</a>. Your calendar then
        updates by itself when sessions are added, moved or cancelled.
      </p>
      <details className="mt-4">
        <summary className="cursor-pointer font-bold text-brand underline">
          Using Google Calendar or Outlook on the web
        </summary>
        <div className="mt-2 space-y-3">
          <p>Copy this address:</p>
          <p>
            <code className="break-all rounded bg-white px-1">{address}</code>
          </p>
          <p className="font-bold">Google Calendar (on a computer)</p>
          <ol className="list-decimal space-y-1 pl-6">
            <li>Open Google Calendar.</li>
            <li>Next to &ldquo;Other calendars&rdquo;, select the plus sign (+).</li>
            <li>Select &ldquo;From URL&rdquo;.</li>
            <li>Paste the address and select &ldquo;Add calendar&rdquo;.</li>
          </ol>
          <p className="font-bold">Outlook on the web or the new Outlook</p>
          <ol className="list-decimal space-y-1 pl-6">
            <li>Open your calendar and select &ldquo;Add calendar&rdquo;.</li>
            <li>Select &ldquo;Subscribe from web&rdquo;.</li>
            <li>Paste the address, give the calendar a name, and select &ldquo;Import&rdquo;.</li>
          </ol>
          <p>The sessions then show on your phone too, if it uses the same account.</p>
        </div>
      </details>
    </section>
  );
}
