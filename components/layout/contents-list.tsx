type Props = { headings: Array<{ id: string; text: string }> };

/** "Contents" for long pages, from the page's h2s. */
export function ContentsList({ headings }: Props) {
  return (
    <nav aria-labelledby="contents-heading" className="mb-8 print:hidden">
      <h2 id="contents-heading" className="text-lg font-bold text-ink-secondary">
        Contents
      </h2>
      <ol className="mt-2 space-y-1 border-l-4 border-border pl-4">
        {headings.map((heading) => (
          <li key={heading.id}>
            <a href={`#${heading.id}`} className="inline-flex min-h-6 items-center">
              {heading.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
