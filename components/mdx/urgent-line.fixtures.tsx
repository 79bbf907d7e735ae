import { fixture, type ComponentFixture } from './define-fixture';
import { UrgentLine } from './urgent-line';

/** The examples of UrgentLine: its unit tests and the axe test of every variant use these. */
export const urgentLineFixtures = [
  fixture(UrgentLine, {
    name: 'UrgentLine placeholder',
    mdx: 'UrgentLine',
    props: { phone: '020 7946 0001' },
    perceive: 'No number that rings nowhere: "the 24-hour number your cancer team gave you", and to ask the team for it.',
  }),
  fixture(UrgentLine, {
    name: 'UrgentLine set',
    mdx: 'UrgentLine',
    // A reserved number, treated here as the organisation's real one, so the test never names a line that could ring.
    props: { phone: '020 7946 0001', isPlaceholder: () => false },
    perceive: 'The 24-hour helpline as a link that dials it, and to call their own team\'s number if it is different.',
  }),
] as const satisfies readonly ComponentFixture[];
