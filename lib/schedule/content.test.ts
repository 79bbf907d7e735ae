import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { formatProblem } from '../problems/content-error';
import { groupSchedule } from './dates';
import { validateSchedule } from './parse';

/**
 * The real session files. The gateway reads them for the site; this test
 * reads them directly so that the schedule's own tests fail when its content
 * does, with the same messages the build would print.
 */
const directory = fileURLToPath(new URL('../../content/whats-on/sessions/', import.meta.url));
const files = readdirSync(directory)
  .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
  .map((name) => ({
    file: `content/whats-on/sessions/${name}`,
    text: readFileSync(`${directory}${name}`, 'utf8'),
  }));

test('every session file in content/ is valid', () => {
  const { problems } = validateSchedule(files);
  expect(problems.map(formatProblem)).toEqual([]);
});

test('the sessions other pages link to all exist', () => {
  const slugs = validateSchedule(files).sessions.map((session) => session.slug);
  expect(slugs).toEqual(
    expect.arrayContaining([
      'physiotherapy-occupational-therapy-and-dietetics',
      'talking-with-children-about-cancer',
      'coping-with-anxiety',
      'talking-to-others-about-cancer',
      'adjusting-to-cancer-and-relationships',
      'hormones-and-cancer-treatment',
      'chemotherapy-induced-peripheral-neuropathy',
      'constipation-and-diarrhoea',
      'neutropenic-sepsis',
    ]),
  );
});
