import { fixture, paragraph, type ComponentFixture } from './define-fixture';
import { GlossaryTerm } from './glossary-term';

/** The examples of GlossaryTerm: its unit tests and the axe test of every variant use these. */
export const glossaryTermFixtures = [
  fixture(GlossaryTerm, {
    name: 'GlossaryTerm',
    mdx: 'GlossaryTerm',
    props: { id: 'hna', term: 'Holistic needs assessment (HNA)' },
    children: paragraph('A set of questions about all parts of your life.'),
    perceive: 'A heading "Holistic needs assessment (HNA)" that other pages link to as /glossary#hna, then its meaning.',
  }),
] as const satisfies readonly ComponentFixture[];
