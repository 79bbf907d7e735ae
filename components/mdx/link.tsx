import type { ComponentProps } from 'react';
import { isExternal } from '@/lib/links';

/**
 * Links in content. Internal links are plain same-site links (no framework
 * router runs in the browser). External links say so, because leaving the
 * site is something people should know before they tap.
 */
export function ContentLink({ href = '', children, ...rest }: ComponentProps<'a'>) {
  if (!isExternal(href)) {
    return (
      <a href={href} {...rest}>
        {children}
      </a>
    );
  }
  return (
    <a href={href} rel="noreferrer" {...rest}>
      {children}
      <span className="whitespace-nowrap">
        {' '}
        <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" className="inline align-baseline" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M14 4h6v6M20 4l-9 9M18 14v6H4V6h6" />
        </svg>
        <span className="sr-only">(opens another website)</span>
      </span>
    </a>
  );
}
