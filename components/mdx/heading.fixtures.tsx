import { fixture, type ComponentFixture } from './define-fixture';
import { SectionHeading } from './heading';

/** The examples of SectionHeading: its unit tests and the axe test of every variant use these. */
export const headingFixtures = [
  fixture(SectionHeading, {
    name: 'SectionHeading h2',
    mdx: 'h2',
    props: { level: 2, id: 'what-happens-at-an-hna' },
    children: 'What happens at an HNA',
    perceive: 'A level 2 heading "What happens at an HNA", and beside it a link "Link to this section" to #what-happens-at-an-hna.',
  }),
  fixture(SectionHeading, {
    name: 'SectionHeading h3',
    mdx: 'h3',
    props: { level: 3, id: 'online-or-on-paper' },
    children: 'Online or on paper',
    perceive: 'A level 3 heading "Online or on paper", and a link "Link to this section" to #online-or-on-paper.',
  }),
] as const satisfies readonly ComponentFixture[];
