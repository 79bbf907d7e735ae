type Props = { name: 'youtube' | 'search' | 'whats-on' | 'copy-link' | 'local-support-filter' };
import { islandScriptPath } from '@/lib/urls';

/**
 * In `npm run dev` React hydrates the page (the built site ships no React):
 * an island that changed the page before hydration would be undone by React
 * as a mismatch. So in development each island waits until React has taken
 * over the page (it marks the body with its own keys), or 10 seconds, and
 * then loads: the preview behaves as the built site does.
 */
function devLoader(src: string): string {
  return `const hydrated = () => Object.keys(document.body).some((key) => key.startsWith('__react'));
const started = Date.now();
(function wait() {
  if (hydrated() || Date.now() - started > 10000) import(${JSON.stringify(src)});
  else setTimeout(wait, 50);
})();`;
}

/**
 * Loads one island: a small script that enhances HTML which already works
 * without it. The post-build step bundles components/islands/<name>.ts behind
 * the bootstrap that starts it (components/island-start.ts), points the tag at
 * the hashed file and fails the build if the island does not exist.
 */
export function Island({ name }: Props) {
  const src = islandScriptPath(name);
  if (process.env.NODE_ENV === 'development') {
    return <script type="module" data-island={src} dangerouslySetInnerHTML={{ __html: devLoader(src) }} />;
  }
  // A module script never blocks parsing: it is deferred by the HTML standard,
  // which the rule (written for classic scripts) does not know.
  // https://html.spec.whatwg.org/multipage/scripting.html#attr-script-defer
  // eslint-disable-next-line @next/next/no-sync-scripts
  return <script type="module" src={src} />;
}
