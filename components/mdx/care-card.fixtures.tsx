import { fixture, paragraph, type ComponentFixture } from './define-fixture';
import { CareCard } from './care-card';

/** The examples of CareCard: its unit tests and the axe test of every variant use these. */
export const careCardFixtures = [
  fixture(CareCard, {
    name: 'CareCard non-urgent',
    mdx: 'CareCard',
    props: { type: 'non-urgent', heading: 'Speak to your GP if you feel low for more than 2 weeks' },
    children: paragraph('They can talk to you about support that could help.'),
    perceive: 'A region named "Non-urgent advice: Speak to your GP…", with its heading and advice.',
  }),
  fixture(CareCard, {
    name: 'CareCard urgent',
    mdx: 'CareCard',
    props: { type: 'urgent', heading: 'Ask for an urgent GP appointment or call 111 if' },
    children: (
      <ul>
        <li>you have new pain that does not go away</li>
        <li>your scar is red, hot or swollen</li>
      </ul>
    ),
    perceive: 'A region named "Urgent advice: Ask for an urgent GP appointment…", with a list of symptoms.',
  }),
  fixture(CareCard, {
    name: 'CareCard emergency',
    mdx: 'CareCard',
    props: { type: 'emergency', heading: 'Call 999 if you have chest pain' },
    children: paragraph('Do not drive yourself to hospital.'),
    perceive: 'A region named "Immediate action required: Call 999 if you have chest pain".',
  }),
] as const satisfies readonly ComponentFixture[];
