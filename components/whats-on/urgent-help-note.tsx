import { findRedFlag } from '@/lib/checks/red-flags';
import type { Session } from '@/lib/schedule';
import { urgentHelpPath } from '@/lib/urls';
import { CareCard } from '../mdx/care-card';

type Props = { session: Pick<Session, 'title' | 'summary' | 'description' | 'topics'> };

/**
 * A session about sepsis or diarrhoea is for learning, not for when you are
 * unwell now. Session files are plain text and cannot hold a link, so the page
 * adds the way to /urgent-help itself whenever the session names a red-flag
 * topic: the same test content:check applies to pages (lib/checks/red-flags.ts).
 */
export function UrgentHelpNote({ session }: Props) {
  const text = [session.title, session.summary, session.description, ...(session.topics ?? [])].join('\n');
  if (!findRedFlag(text)) return null;
  return (
    <CareCard type="urgent" heading="If you are unwell now, do not wait for a session">
      <p>
        Some signs during cancer treatment need a call to your 24-hour number, NHS 111 or 999 straight away.{' '}
        <a href={urgentHelpPath}>Find out when to get help urgently</a>.
      </p>
    </CareCard>
  );
}
