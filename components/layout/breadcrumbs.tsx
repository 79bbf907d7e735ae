type Crumb = { label: string; href: string };
type Props = { crumbs: Crumb[] };

/** Where this page sits in the site; the page itself is the h1, not a crumb. */
export function Breadcrumbs({ crumbs }: Props) {
  if (crumbs.length === 0) return null;
  const parent = crumbs[crumbs.length - 1]!;
  return (
    <nav aria-label="Breadcrumb" className="mb-6 text-base print:hidden">
      {/* On small screens only the way back up is shown, as NHS.UK does. */}
      <p className="sm:hidden">
        <a href={parent.href} className="inline-flex min-h-6 items-center">
          <span aria-hidden="true">‹&nbsp;</span>Back to {parent.label}
        </a>
      </p>
      <ol className="hidden flex-wrap gap-x-2 sm:flex">
        {crumbs.map((crumb) => (
          <li key={crumb.href} className="after:ml-2 after:content-['›'] after:text-ink-secondary">
            <a href={crumb.href}>{crumb.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
