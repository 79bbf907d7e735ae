import { Card, CardGroup } from '../mdx/card';

type Props = { pages: Array<{ href: string; title: string; description: string }> };

/**
 * The pages below this one, so every page is reachable from its parent: as
 * cards, the same large tap targets authors use for a section's next steps.
 */
export function ChildPages({ pages }: Props) {
  if (pages.length === 0) return null;
  return (
    <nav aria-labelledby="in-this-section" className="mt-12 print:hidden">
      <h2 id="in-this-section" className="text-2xl font-bold">
        In this section
      </h2>
      <CardGroup>
        {pages.map((page) => (
          <Card key={page.href} href={page.href} heading={page.title}>
            <p>{page.description}</p>
          </Card>
        ))}
      </CardGroup>
    </nav>
  );
}
