import { telHref } from '@/lib/links';
import { isPlaceholderPhone } from '@/lib/site/placeholders';

type Props = {
  /** contact.urgentLine from content/site.yaml: the organisation's 24-hour cancer treatment helpline. */
  phone: string | undefined;
  /** Tests pass their own rule, so they never need a number that could be real. */
  isPlaceholder?: (phone: string) => boolean;
};

/**
 * Which 24-hour number to call, for urgent care cards. While the setting is a
 * reserved example number, showing it would send a frightened person to a
 * line that rings nowhere, so the card names the number their own cancer team
 * gave them instead. It never says "if you have one": everyone whose
 * treatment can lower their immunity should have one, so the card tells them
 * to ask for it (NICE CG151; Macmillan, "Sepsis").
 */
export function UrgentLine({ phone, isPlaceholder = isPlaceholderPhone }: Props) {
  if (phone && !isPlaceholder(phone)) {
    return (
      <p>
        Our 24-hour cancer treatment helpline is <a href={telHref(phone)}>{phone}</a>. If your cancer team gave you a
        different 24-hour number, call that one.
      </p>
    );
  }
  return (
    <p>
      Call the 24-hour number your cancer team gave you. If you do not have it, ask your cancer team for it and save it
      in your phone.
    </p>
  );
}
