import type { ReactNode } from 'react';
import { isExternal } from '@/lib/links';

type Props = { href: string; children: ReactNode };

/** The one most important link on a page, with a large target. */
export function ActionLink({ href, children }: Props) {
  return (
    <p className="not-prose my-8">
      <a
        href={href}
        className="inline-flex min-h-12 items-center gap-3 text-xl font-bold"
        rel={isExternal(href) ? 'noreferrer' : undefined}
      >
        <svg aria-hidden="true" viewBox="0 0 36 36" width="36" height="36" className="shrink-0">
          <circle cx="18" cy="18" r="18" fill="#007f3b" />
          <path d="M15 11l8 7-8 7" fill="none" stroke="#fff" strokeWidth="3" />
        </svg>
        <span>{children}</span>
      </a>
    </p>
  );
}
