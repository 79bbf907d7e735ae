import type { ComponentProps } from 'react';

type Props = ComponentProps<'h2'> & { level: 2 | 3 };

/**
 * Headings that clinicians can link to: a stable id from the heading's words
 * and a visible "link to this section" anchor that works without JavaScript.
 * The anchor sits beside the heading, not inside it, so the heading's name in
 * a screen reader's list of headings is just its words.
 */
export function SectionHeading({ level, id, children, ...rest }: Props) {
  const Tag = level === 2 ? 'h2' : 'h3';
  if (!id) return <Tag {...rest}>{children}</Tag>;
  return (
    <div className="section-heading flex items-baseline justify-between gap-2">
      <Tag id={id} className="scroll-mt-4" {...rest}>
        {children}
      </Tag>
      <a
        href={`#${id}`}
        aria-describedby={id}
        data-section-link=""
        className="inline-flex min-h-6 min-w-6 shrink-0 items-center justify-center text-ink-secondary print:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1" />
          <path d="M14 10a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1" />
        </svg>
        <span className="sr-only">Link to this section</span>
      </a>
    </div>
  );
}
