import type { ComponentFixture } from './define-fixture';
import { insetTextFixtures } from './inset-text.fixtures';
import { warningCalloutFixtures } from './warning-callout.fixtures';
import { careCardFixtures } from './care-card.fixtures';
import { expanderFixtures } from './expander.fixtures';
import { doDontListFixtures } from './do-dont-list.fixtures';
import { actionLinkFixtures } from './action-link.fixtures';
import { cardFixtures } from './card.fixtures';
import { contactDetailsFixtures } from './contact-details.fixtures';
import { urgentLineFixtures } from './urgent-line.fixtures';
import { glossaryTermFixtures } from './glossary-term.fixtures';
import { headingFixtures } from './heading.fixtures';
import { linkFixtures } from './link.fixtures';

export { exampleContact, type ComponentFixture } from './define-fixture';

/**
 * Every author-facing component's examples, from the set beside each component
 * (<name>.fixtures.tsx): the unit tests in components.test.tsx and the axe test
 * of every variant (tests/a11y/components.spec.ts) both use this list.
 * Video needs video data and has none here; the real /video page is its test.
 */
export const componentFixtures = [
  ...insetTextFixtures,
  ...warningCalloutFixtures,
  ...careCardFixtures,
  ...expanderFixtures,
  ...doDontListFixtures,
  ...actionLinkFixtures,
  ...cardFixtures,
  ...contactDetailsFixtures,
  ...urgentLineFixtures,
  ...glossaryTermFixtures,
  ...headingFixtures,
  ...linkFixtures,
] as const satisfies readonly ComponentFixture[];

export type ComponentFixtureName = (typeof componentFixtures)[number]['name'];

/** The fixture with this name. */
export function componentFixture(name: ComponentFixtureName): ComponentFixture {
  return componentFixtures.find((candidate) => candidate.name === name)!;
}
