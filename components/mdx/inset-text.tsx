import type { ReactNode } from 'react';

type Props = { children: ReactNode };

/** A short piece of information that needs to stand out from the text around it. */
export function InsetText({ children }: Props) {
  return (
    <div className="not-prose my-8 border-l-8 border-brand bg-white px-4 py-3 [&>*+*]:mt-3 print:border-l-4">
      <span className="sr-only">Information: </span>
      {children}
    </div>
  );
}
