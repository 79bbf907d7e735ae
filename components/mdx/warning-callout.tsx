import type { ReactNode } from 'react';

type Props = { heading: string; children: ReactNode };

/** Something people must know to stay safe. */
export function WarningCallout({ heading, children }: Props) {
  return (
    <div className="not-prose my-8 border-t-8 border-[#ffeb3b] bg-warning px-4 pb-4 [&>*+*]:mt-3 print:border print:border-ink">
      <h3 className="-mx-4 mb-4 inline-block bg-[#ffeb3b] px-4 py-2 text-xl font-bold">
        <span className="sr-only">Important: </span>
        {heading}
      </h3>
      {children}
    </div>
  );
}
