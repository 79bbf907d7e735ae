/**
 * The local support directory: services read from
 * content/local-support/services/<slug>.yaml. Pure functions only: the
 * content gateway (lib/content.ts) reads the files; `today` is always passed
 * in. Editors' guide: docs/editing-local-support.md.
 */
export { allAreas, areaLabel, builtInAreas, siteAreasSchema, type Area } from './areas';
export { CHECK_GRACE_DAYS, freshness, freshnessProblems, hiddenAfter, visibleServices, type Freshness } from './freshness';
export { serviceJsonLd } from './json-ld';
export { matches, servesArea, wideAreaIds, type Filter } from './match';
export { isNeedId, needIds, needLabel, needs, type Need, type NeedId } from './needs';
export { closedSomeDays, formatOpeningHours, formatOpeningTime, openingLines } from './opening-hours';
export { parseServiceFile, serviceSlugFromFile, validateServices, type ServiceFile } from './parse';
export * from './paths';
export { countByNeed, servicesForArea, servicesForNeed } from './queries';
export {
  audienceValues,
  dayValues,
  howToGetLabels,
  howToGetValues,
  makeServiceSchema,
  type Audience,
  type Day,
  type HowToGet,
  type OpeningHours,
  type Service,
} from './schema';
export { serviceSearchDocs } from './search';
export { directoryRoutes, withdrawnServices, type WithdrawnService } from './routes';
export { directoryPageMeta, directoryPagePath, resolveDirectoryPath, type DirectoryPage } from './resolve';
