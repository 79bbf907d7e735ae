import type { ReactNode } from 'react';

type CardProps = { href: string; heading: string; children?: ReactNode };
type GroupProps = { children: ReactNode };

/**
 * A route to another page. The whole card is one link target (the heading
 * link's area is stretched over the card), so it is easy to tap on a phone.
 */
export function Card({ href, heading, children }: CardProps) {
  return (
    <li className="relative flex flex-col border-b-4 border-brand bg-white p-5 hover:border-brand-dark focus-within:border-ink">
      <h3 className="text-xl font-bold">
        <a href={href} className="after:absolute after:inset-0 after:content-['']">
          {heading}
        </a>
      </h3>
      {children ? <div className="mt-2 [&>p]:m-0">{children}</div> : null}
    </li>
  );
}

export function CardGroup({ children }: GroupProps) {
  return <ul className="not-prose my-8 grid list-none gap-4 p-0 sm:grid-cols-2">{children}</ul>;
}
