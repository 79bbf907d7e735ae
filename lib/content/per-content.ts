import { loadContent } from './load';

/**
 * A list built from all of the content, made once for the content loaded and
 * reused until the content changes (as it does in `npm run dev`). The export
 * asks for some lists once per file it writes: the search index's shards
 * each asked for every search document, and at 1,000 pages that was most of
 * a page worker's time (issue 13).
 */
export function perContent<T>(build: () => T): () => T {
  const made = new WeakMap<object, T>();
  return () => {
    const content = loadContent();
    if (made.has(content)) return made.get(content)!;
    const value = build();
    made.set(content, value);
    return value;
  };
}
