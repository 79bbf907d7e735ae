import { fixture, paragraph, type ComponentFixture } from './define-fixture';
import { InsetText } from './inset-text';

/** The examples of InsetText: its unit tests and the axe test of every variant use these. */
export const insetTextFixtures = [
  fixture(InsetText, {
    name: 'InsetText',
    mdx: 'InsetText',
    props: {},
    children: paragraph('You can bring someone with you to your appointment.'),
    perceive: 'The text, set apart; screen readers hear "Information:" before it.',
  }),
] as const satisfies readonly ComponentFixture[];
