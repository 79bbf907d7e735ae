import { fixture, exampleContact, type ComponentFixture } from './define-fixture';
import { ContactDetails } from './contact-details';

/** The examples of ContactDetails: its unit tests and the axe test of every variant use these. */
export const contactDetailsFixtures = [
  fixture(ContactDetails, {
    name: 'ContactDetails',
    mdx: 'ContactDetails',
    props: { contact: exampleContact },
    perceive: 'The team name, a phone link that dials the number, the opening hours and an email link.',
  }),
] as const satisfies readonly ComponentFixture[];
