import { fixture, paragraph, type ComponentFixture } from './define-fixture';
import { Expander } from './expander';

/** The examples of Expander: its unit tests and the axe test of every variant use these. */
export const expanderFixtures = [
  fixture(Expander, {
    name: 'Expander',
    mdx: 'Expander',
    props: { summary: 'What a care plan covers' },
    children: paragraph('A care plan sets out the support you need and how you will get it.'),
    perceive: 'A closed group showing only "What a care plan covers"; activating it shows the text.',
  }),
] as const satisfies readonly ComponentFixture[];
