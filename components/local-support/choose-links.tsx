import type { ReactNode } from 'react';

type Props = {
  id: string;
  heading: string;
  intro?: ReactNode;
  links: Array<{ href: string; label: string; note?: string; current?: boolean }>;
  /** On paper the choices are no use: only the list is printed. */
  printHidden?: boolean;
};

/**
 * A list of links to choose from: the directory's way to narrow the list
 * without JavaScript (docs/editing-local-support.md, "Two taps"). Large
 * targets, one per line, so they are easy to tap on a phone.
 */
export function ChooseLinks({ id, heading, intro, links, printHidden = true }: Props) {
  return (
    <nav aria-labelledby={id} className={`mt-8 ${printHidden ? 'print:hidden' : ''}`}>
      <h2 id={id} className="text-2xl font-bold sm:text-3xl">
        {heading}
      </h2>
      {intro}
      <ul className="mt-3 grid gap-2 sm:grid-cols-2">
        {links.map((link) => (
          <li key={link.href}>
            <a
              href={link.href}
              aria-current={link.current ? 'page' : undefined}
              className="flex min-h-12 items-center border-b border-border bg-white px-3 py-2 font-bold"
            >
              <span>
                {link.label}
                {link.note ? (
                  <>
                    {' '}
                    <span className="block text-base font-normal text-ink-secondary">{link.note}</span>
                  </>
                ) : null}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
