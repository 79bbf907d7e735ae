import { expect, test } from 'vitest';
import { describeSteps } from './step-timings';

test('steps run in turn are listed with commas; a step run beside another says so', () => {
  expect(
    describeSteps([
      { name: 'checks', seconds: 8.94 },
      { name: 'compile', seconds: 10.31, beside: 'checks' },
      { name: 'pages', seconds: 22.06 },
      { name: 'post-build', seconds: 10.4 },
    ]),
  ).toBe('checks 8.9 s beside compile 10.3 s, pages 22.1 s, post-build 10.4 s');
});
