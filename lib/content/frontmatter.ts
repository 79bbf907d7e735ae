/**
 * A page's frontmatter: a first line "---", the YAML (group 1), then a line
 * "---". The one definition, for the loader, the build's key of finished
 * pages (lib/build/finished-pages.ts), the MDX compile (lib/mdx/compile.ts)
 * and the build benchmark, which must all agree on where a page's body starts.
 */
export const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/;
