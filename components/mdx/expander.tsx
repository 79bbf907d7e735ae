import type { ReactNode } from 'react';

type Props = { summary: string; children: ReactNode };

/**
 * Extra detail, hidden until opened. A native <details>: works without
 * JavaScript, and the print stylesheet prints it open.
 */
export function Expander({ summary, children }: Props) {
  return (
    <details className="not-prose group my-6 border border-border bg-white print:border-0">
      <summary className="flex min-h-12 cursor-pointer items-center gap-2 px-4 py-3 font-bold text-brand underline underline-offset-4 print:px-0 print:no-underline print:text-ink">
        {summary}
      </summary>
      <div className="border-t border-border px-4 py-4 [&>*+*]:mt-3 [&_ul]:list-disc [&_ul]:pl-6 print:border-0 print:px-0">
        {children}
      </div>
    </details>
  );
}
