import { fixture, type ComponentFixture } from './define-fixture';
import { Card, CardGroup } from './card';

/** The examples of CardGroup: its unit tests and the axe test of every variant use these. */
export const cardFixtures = [
  fixture(CardGroup, {
    name: 'CardGroup with Cards',
    mdx: 'CardGroup',
    props: {},
    children: (
      <>
        <Card href="/personalised-care" heading="Personalised care">
          <p>Support that is planned around you.</p>
        </Card>
        <Card href="/cancer-rehabilitation" heading="Cancer rehabilitation" />
      </>
    ),
    perceive: 'A list of 2 cards; each card is a link named by its heading, and the first has a sentence.',
  }),
] as const satisfies readonly ComponentFixture[];
