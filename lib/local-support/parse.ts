import type { Problem } from '../problems/content-error';
import { readYaml, zodProblems } from '../problems/yaml-source';
import type { Area } from './areas';
import { reservedSlugs } from './paths';
import { makeServiceSchema, type Service } from './schema';

/**
 * Reading service files. Pure: the content gateway (lib/content.ts) reads
 * the files and passes their text here, so this runs the same in the build,
 * in `content:check` and in tests.
 */

export type ServiceFile = { file: string; text: string };

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "content/local-support/services/samaritans.yaml" → "samaritans". */
export function serviceSlugFromFile(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.ya?ml$/i, '');
}

/**
 * Validates one service file against the site's areas. Returns the service
 * only when there are no problems; every problem in the file is reported,
 * each with file, line and field, in the order they appear in the file.
 */
export function parseServiceFile(
  text: string,
  file: string,
  siteAreas: readonly Area[],
): { service?: Service; problems: Problem[] } {
  const problems: Problem[] = [];
  const fileName = file.split(/[\\/]/).pop() ?? file;
  const slug = serviceSlugFromFile(file);

  if (!fileName.endsWith('.yaml')) {
    problems.push({
      file,
      message: 'Service files must end in ".yaml".',
      found: `"${fileName}"`,
      fix: `Rename the file to ${slug}.yaml.`,
    });
  }
  if (!kebabCase.test(slug)) {
    problems.push({
      file,
      message: 'The file name is the end of the service\'s web address, so it must be lower-case words joined by hyphens.',
      found: `"${fileName}"`,
      fix: `Rename the file, for example to ${slug.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'my-service'}.yaml.`,
    });
  } else if ((reservedSlugs as readonly string[]).includes(slug)) {
    problems.push({
      file,
      message: `"${slug}" cannot be a service's file name: the directory uses /local-support/${slug}/ for its own pages.`,
      found: `"${fileName}"`,
      fix: 'Rename the file after the service, for example support-line.yaml.',
    });
  }

  const source = readYaml(text, file);
  if (source.problems.length) return { problems: [...problems, ...source.problems] };

  const result = makeServiceSchema(siteAreas).safeParse(source.data);
  if (!result.success) problems.push(...zodProblems(result.error, source));

  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (problems.length || !result.success) return { problems };
  return { service: { ...result.data, slug, file, nextCheckLine: source.lineOf(['nextCheck']) }, problems };
}

/**
 * Validates every service file. An empty directory is valid. Services come
 * back sorted by name, so output never depends on the order files were read in.
 */
export function validateServices(
  files: ReadonlyArray<ServiceFile>,
  siteAreas: readonly Area[],
): { services: Service[]; problems: Problem[] } {
  const services: Service[] = [];
  const problems: Problem[] = [];
  for (const { file, text } of files) {
    const parsed = parseServiceFile(text, file, siteAreas);
    problems.push(...parsed.problems);
    if (parsed.service) services.push(parsed.service);
  }
  return { services: services.sort(compareServices), problems };
}

/** By name, then organisation, ignoring case: the order every list uses. */
export function compareServices(a: Service, b: Service): number {
  return (
    a.name.localeCompare(b.name, 'en-GB', { sensitivity: 'base' }) ||
    a.organisation.localeCompare(b.organisation, 'en-GB', { sensitivity: 'base' }) ||
    (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)
  );
}
