/**
 * The one way an island starts. Each island (components/islands/<name>.ts)
 * exports `start(document)` and does nothing when imported; the build
 * (scripts/postbuild.ts) bundles each one behind this bootstrap, which calls
 * `start` once the page is parsed. Tests import `start` and call it on the
 * markup they render, so shipped code never needs to know it is under test.
 */
export type IslandStart = (doc: Document) => unknown;

export function startIsland(start: IslandStart, doc: Document = document): void {
  // Module scripts run after parsing, so this is normally "interactive"; the
  // check keeps an island right if it is ever loaded earlier.
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', () => start(doc), { once: true });
  else start(doc);
}
