import { fixture, paragraph, type ComponentFixture } from './define-fixture';
import { WarningCallout } from './warning-callout';

/** The examples of WarningCallout: its unit tests and the axe test of every variant use these. */
export const warningCalloutFixtures = [
  fixture(WarningCallout, {
    name: 'WarningCallout',
    mdx: 'WarningCallout',
    props: { heading: 'Call your team if you feel unwell' },
    children: paragraph('Call straight away if your temperature is 37.5°C or higher, or lower than 36°C.'),
    perceive: 'A heading that screen readers announce as "Important: Call your team if you feel unwell", then the text.',
  }),
] as const satisfies readonly ComponentFixture[];
