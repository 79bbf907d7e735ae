import type { ReactNode } from 'react';

type CareType = 'non-urgent' | 'urgent' | 'emergency';
type Props = { type: CareType; heading: string; children: ReactNode };

// The NHS care card pattern: the colour and the hidden prefix tell people how
// urgent the advice is, so screen reader users hear it as well as see it.
// https://service-manual.nhs.uk/design-system/components/care-cards
const styles: Record<CareType, { label: string; heading: string; body: string }> = {
  'non-urgent': {
    label: 'Non-urgent advice: ',
    heading: 'bg-brand text-white',
    body: 'bg-white border-brand',
  },
  urgent: {
    label: 'Urgent advice: ',
    heading: 'bg-urgent text-white',
    body: 'bg-white border-urgent',
  },
  emergency: {
    label: 'Immediate action required: ',
    heading: 'bg-urgent text-white',
    body: 'bg-ink text-white border-ink [&_a]:text-white [&_a:visited]:text-white',
  },
};

export function CareCard({ type, heading, children }: Props) {
  const style = styles[type];
  return (
    // On paper the colours are gone, so the urgency is printed in words, and a card is not split across two sheets.
    <section className="not-prose my-8 print:break-inside-avoid print:border print:border-ink" aria-label={`${style.label}${heading}`}>
      <h3 className={`px-4 py-3 text-xl font-bold ${style.heading}`}>
        <span className="care-card-label sr-only print:not-sr-only">{style.label}</span>
        {heading}
      </h3>
      <div className={`border-4 border-t-0 px-4 py-4 [&>*+*]:mt-3 [&_ul]:list-disc [&_ul]:pl-6 ${style.body}`}>{children}</div>
    </section>
  );
}
