import { fixture, type ComponentFixture } from './define-fixture';
import { ActionLink } from './action-link';

/** The examples of ActionLink: its unit tests and the axe test of every variant use these. */
export const actionLinkFixtures = [
  fixture(ActionLink, {
    name: 'ActionLink internal',
    mdx: 'ActionLink',
    props: { href: '/find-support' },
    children: 'Find support near you',
    perceive: 'A large link "Find support near you" to a page on this site.',
  }),
  fixture(ActionLink, {
    name: 'ActionLink external',
    mdx: 'ActionLink',
    props: { href: 'https://www.macmillan.org.uk/cancer-information-and-support' },
    children: 'Find support from Macmillan',
    perceive: 'A large link "Find support from Macmillan" to another website.',
  }),
] as const satisfies readonly ComponentFixture[];
