import type { ReactNode } from 'react';

type Props = { id: string; term: string; children: ReactNode };

/**
 * One term on the glossary page. Its id is the anchor other pages link to
 * (/glossary#hna), so it must never change once published.
 */
export function GlossaryTerm({ id, term, children }: Props) {
  return (
    <section aria-labelledby={id} className="not-prose border-b border-border py-5">
      <h2 id={id} className="scroll-mt-4 text-2xl font-bold">
        {term}
      </h2>
      <div className="mt-2 [&>*+*]:mt-3">{children}</div>
    </section>
  );
}
