import { fixture, type ComponentFixture } from './define-fixture';
import { DoList, DontList } from './do-dont-list';

/** The examples of DoList, DontList: its unit tests and the axe test of every variant use these. */
export const doDontListFixtures = [
  fixture(DoList, {
    name: 'DoList',
    mdx: 'DoList',
    props: {},
    children: (
      <ul>
        <li>drink plenty of water</li>
        <li>rest when you need to</li>
      </ul>
    ),
    perceive: 'A heading "Do", then a list of 2 things to do.',
  }),
  fixture(DontList, {
    name: 'DontList',
    mdx: 'DontList',
    props: {},
    children: (
      <ul>
        <li>lift anything heavy for 6 weeks after your operation</li>
      </ul>
    ),
    perceive: 'A heading "Don\'t", then a list of things not to do.',
  }),
] as const satisfies readonly ComponentFixture[];
