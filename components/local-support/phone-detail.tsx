import { telHref } from '@/lib/links';

/**
 * A service's phone number as a term and its description, for the details
 * lists of a service card and a service's own page: a link that calls it
 * on a phone, kept on one line.
 */
export function PhoneDetail({ phone }: { phone: string }) {
  return (
    <>
      <dt className="font-bold">Phone</dt>
      <dd>
        <a href={telHref(phone)} className="whitespace-nowrap">
          {phone}
        </a>
      </dd>
    </>
  );
}
