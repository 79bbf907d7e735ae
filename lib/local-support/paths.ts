/** The directory's addresses live in lib/urls.ts with every other address; re-exported for the directory's modules. */
export { areaPath, directoryPath, needInAreaPath, needPath, servicePath } from '../urls';

/** Words a service's slug may not be, because the directory uses them for its own pages. */
export const reservedSlugs = ['need', 'area'] as const;
