import type { ReactNode } from 'react';
import { categoryLabels, type Category, type ScheduleGroups as Groups } from '@/lib/schedule';
import type { SiteSettings } from '@/lib/schemas/site';
import { Island } from '../island';
import { JsonLd } from '../json-ld';
import { occurrenceLinks } from './links';
import { ScheduleGroups } from './schedule-groups';
import { categoryPath, scheduleCalendarPath, whatsOnPath } from '@/lib/urls';

type Props = {
  groups: Groups;
  categories: Category[];
  settings: SiteSettings;
  events: unknown[];
  /** The editor's introduction from content/whats-on/index.mdx. */
  intro: ReactNode;
  /** On a category page, the category shown. */
  category?: Category;
};

/** "What's on": the schedule of health and wellbeing sessions. */
export function WhatsOnSchedule({ groups, categories, settings, events, intro, category }: Props) {
  return (
    <>
      {intro}
      <nav aria-labelledby="categories-heading" className="not-prose my-8 border-l-4 border-brand bg-white px-4 py-3">
        <h2 id="categories-heading" className="text-xl font-bold">
          Browse by type of session
        </h2>
        <ul className="mt-2 space-y-1">
          <li>
            <a href={whatsOnPath} aria-current={category ? undefined : 'page'} className="inline-flex min-h-6 items-center">
              All sessions
            </a>
          </li>
          {categories.map((value) => (
            <li key={value}>
              <a
                href={categoryPath(value)}
                aria-current={value === category ? 'page' : undefined}
                className="inline-flex min-h-6 items-center"
              >
                {categoryLabels[value]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ScheduleGroups groups={groups} showTitle {...occurrenceLinks(settings.contact)} />
      <p className="not-prose mt-8">
        <a href={scheduleCalendarPath}>Subscribe to all sessions in your calendar app</a> (the calendar updates when
        dates change).
      </p>
      {events.length ? <JsonLd data={events} /> : null}
      <Island name="whats-on" />
    </>
  );
}
