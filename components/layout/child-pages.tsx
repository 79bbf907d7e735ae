type Props = { pages: Array<{ href: string; title: string; description: string }> };

/** The pages below this one, so every page is reachable from its parent. */
export function ChildPages({ pages }: Props) {
  if (pages.length === 0) return null;
  return (
    <nav aria-labelledby="in-this-section" className="mt-12 print:hidden">
      <h2 id="in-this-section" className="text-2xl font-bold">
        In this section
      </h2>
      <ul className="mt-4 space-y-4">
        {pages.map((page) => (
          <li key={page.href}>
            <a href={page.href} className="text-xl font-bold">
              {page.title}
            </a>
            <p className="mt-1">{page.description}</p>
          </li>
        ))}
      </ul>
    </nav>
  );
}
