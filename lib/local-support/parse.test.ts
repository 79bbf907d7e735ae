import { expect, test } from 'vitest';
import { formatProblem, type Problem } from '../problems/content-error';
import { fixtureAreas, lineContaining, readFixture, serviceFromFixture } from '../../tests/fixtures/local-support/services';
import { parseServiceFile, validateServices } from './parse';

function problemsIn(name: string) {
  const fixture = readFixture(name);
  const { service, problems } = parseServiceFile(fixture.text, fixture.file, fixtureAreas);
  expect(service).toBeUndefined();
  return { ...fixture, problems };
}

/** The one problem for `field`, checked to name the file and the line the mistake is on. */
function problemAt(fixture: { file: string; text: string; problems: Problem[] }, field: string, lineText: string, after = 0) {
  const matching = fixture.problems.filter((problem) => problem.field === field);
  expect(matching, `problems for ${field}: ${fixture.problems.map(formatProblem).join('\n')}`).toHaveLength(1);
  const problem = matching[0]!;
  expect(problem.file).toBe(fixture.file);
  expect(problem.line).toBe(lineContaining(fixture.text, lineText, after));
  expect(problem.severity ?? 'error').toBe('error');
  expect(problem.fix, 'every problem says how to fix it').toBeTruthy();
  return problem;
}

test('a service with every field is read, with its slug from the file name', () => {
  const service = serviceFromFixture('valid/drop-in-centre.yaml');
  expect(service.slug).toBe('drop-in-centre');
  expect(service.needs).toEqual(['information', 'money-and-work', 'practical-help']);
  expect(service.openingHours?.[0]).toEqual({ days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], allDay: false, opens: '09:00', closes: '17:00' });
  expect(service.nextCheckLine).toBe(lineContaining(readFixture('valid/drop-in-centre.yaml').text, 'nextCheck:'));
});

test('cancers defaults to any', () => {
  expect(serviceFromFixture('valid/phone-line.yaml').cancers).toBe('any');
});

test('reports a need that is not in the list, on its line, and lists the needs', () => {
  const fixture = problemsIn('invalid/unknown-need.yaml');
  expect(fixture.problems).toHaveLength(1);
  const problem = problemAt(fixture, 'needs[1]', 'needs: [feelings, wigs]');
  expect(problem.message).toContain('Expected one of the needs: tiredness, eating');
  expect(problem.found).toBe('"wigs"');
});

test('reports an area that is not in the site settings, and says where areas are added', () => {
  const fixture = problemsIn('invalid/unknown-area.yaml');
  expect(fixture.problems).toHaveLength(1);
  const problem = problemAt(fixture, 'areas[1]', 'areas: [lambeth, hackney]');
  expect(problem.message).toBe('Expected one of the areas: lambeth, southwark, online, national.');
  expect(problem.found).toBe('"hackney"');
  expect(problem.fix).toContain('content/site.yaml');
});

test('reports an opening time that does not exist, such as 25:00', () => {
  const fixture = problemsIn('invalid/impossible-time.yaml');
  expect(fixture.problems).toHaveLength(1);
  const problem = problemAt(fixture, 'openingHours[0].opens', 'opens: "25:00"');
  expect(problem.message).toBe('There is no such time as 25:00.');
});

test('reports a closing time before the opening time, on the closing time', () => {
  const fixture = problemsIn('invalid/closes-before-opens.yaml');
  expect(fixture.problems).toHaveLength(1);
  const problem = problemAt(fixture, 'openingHours[0].closes', 'closes: "09:00"');
  expect(problem.message).toBe('The service closes (09:00) before it opens (17:00).');
  expect(problem.fix).toContain('24-hour clock');
});

test('explains a time written without quotes, which YAML turns into a number', () => {
  const fixture = problemsIn('invalid/unquoted-time.yaml');
  expect(fixture.problems).toHaveLength(1);
  const problem = problemAt(fixture, 'openingHours[0].opens', 'opens: 09:00');
  expect(problem.message).toBe('Times must be in quotes, or YAML turns them into a number (this one became 540).');
  expect(problem.fix).toBe('write it as "09:00", with the quotes.');
});

test('reports a phone number that is not a UK number', () => {
  const fixture = problemsIn('invalid/not-uk-phone.yaml');
  expect(fixture.problems).toHaveLength(1);
  const problem = problemAt(fixture, 'phone', 'phone: "+1 212 555 0100"');
  expect(problem.message).toContain('This is not a UK phone number');
});

test('asks for a number written with +44 to be written as dialled in the UK', () => {
  const fixture = readFixture('valid/phone-line.yaml');
  const text = fixture.text.replace('"0808 157 0123"', '"+44 808 157 0123"');
  const { problems } = parseServiceFile(text, fixture.file, fixtureAreas);
  expect(problems.map((problem) => problem.fix)).toEqual(['write it as "08081570123", with spaces where the service puts them.']);
});

test('accepts UK numbers as people dial them: landlines, 0800 and 0808 numbers, 116 helplines, 111', () => {
  const fixture = readFixture('valid/phone-line.yaml');
  for (const phone of ['020 7946 0000', '0808 808 00 00', '0300 123 1234', '116 123', '111', '01632 960000']) {
    const text = fixture.text.replace('"0808 157 0123"', `"${phone}"`);
    expect(parseServiceFile(text, fixture.file, fixtureAreas).problems, phone).toEqual([]);
  }
});

test('refuses a next check more than a year after the last', () => {
  const fixture = problemsIn('invalid/next-check-too-far.yaml');
  expect(fixture.problems).toHaveLength(1);
  const problem = problemAt(fixture, 'nextCheck', 'nextCheck: "2028-03-01"');
  expect(problem.fix).toBe('set nextCheck to "2027-11-01" or earlier.');
});

test('reports a source with no address and an unknown field', () => {
  const fixture = problemsIn('invalid/no-source-url.yaml');
  expect(fixture.problems.map((problem) => problem.field)).toEqual(['openingTimes', 'source.url']);
  problemAt(fixture, 'openingTimes', 'openingTimes: always');
  // A missing field is reported on the first line of its group.
  problemAt(fixture, 'source.url', '  publisher: Example Listening Charity');
});

test('reports every mistake in a file at once, in the order of its lines', () => {
  const fixture = problemsIn('invalid/many-mistakes.yaml');
  expect(fixture.problems.map((problem) => [problem.field, problem.line])).toEqual([
    ['needs[0]', lineContaining(fixture.text, 'needs: [wigs]')],
    ['areas[0]', lineContaining(fixture.text, 'areas: [hackney]')],
    ['phone', lineContaining(fixture.text, 'phone: "12345"')],
    ['openingHours[0].opens', lineContaining(fixture.text, 'opens: "25:00"')],
    ['openingHours[1].closes', lineContaining(fixture.text, 'closes: "10:00"')],
  ]);
});

test('a file name that cannot be a web address, or that the directory uses, is reported', () => {
  const { text } = readFixture('valid/phone-line.yaml');
  expect(parseServiceFile(text, 'content/local-support/services/Listening Line.yaml', fixtureAreas).problems[0]?.message).toContain(
    'lower-case words joined by hyphens',
  );
  expect(parseServiceFile(text, 'content/local-support/services/need.yaml', fixtureAreas).problems[0]?.message).toContain(
    'the directory uses /local-support/need/',
  );
  expect(parseServiceFile(text, 'content/local-support/services/line.yml', fixtureAreas).problems[0]?.fix).toBe('Rename the file to line.yaml.');
});

test('validateServices reads every file, reports every problem, and sorts services by name', () => {
  const files = ['valid/phone-line.yaml', 'valid/drop-in-centre.yaml', 'invalid/unknown-need.yaml'].map(readFixture);
  const { services, problems } = validateServices(files, fixtureAreas);
  expect(services.map((service) => service.name)).toEqual(['Example Cancer Information Centre', 'Example Listening Line']);
  expect(problems.map((problem) => problem.file)).toEqual(['tests/fixtures/local-support/invalid/unknown-need.yaml']);
});
