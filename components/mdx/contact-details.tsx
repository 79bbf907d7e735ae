import { telHref } from '@/lib/links';
import type { SiteSettings } from '@/lib/schemas/site';

type Props = { contact: SiteSettings['contact'] };

/** The team's contact details, from content/site.yaml, so they are set in one place. */
export function ContactDetails({ contact }: Props) {
  return (
    <div className="not-prose my-6 border-l-8 border-brand bg-white px-4 py-3">
      <p className="font-bold">{contact.team}</p>
      <ul className="mt-2 space-y-2">
        <li>
          Phone: <a href={telHref(contact.phone)}>{contact.phone}</a>
          {contact.hours ? ` (${contact.hours})` : null}
        </li>
        <li>
          Email: <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </li>
      </ul>
    </div>
  );
}
