import { fixture, type ComponentFixture } from './define-fixture';
import { ContentLink } from './link';

/** The examples of ContentLink: its unit tests and the axe test of every variant use these. */
export const linkFixtures = [
  fixture(ContentLink, {
    name: 'ContentLink internal',
    mdx: 'a',
    props: { href: '/personalised-care/treatment-summary' },
    children: 'treatment summary',
    perceive: 'A link "treatment summary"; nothing says it leaves the site, because it does not.',
  }),
  fixture(ContentLink, {
    name: 'ContentLink external',
    mdx: 'a',
    props: { href: 'https://www.nhs.uk/conditions/cancer/' },
    children: 'cancer on the NHS website',
    perceive: 'A link "cancer on the NHS website (opens another website)", with an icon that says the same to sighted users.',
  }),

] as const satisfies readonly ComponentFixture[];
