type Props = { name: 'youtube' | 'search' | 'whats-on' | 'copy-link' | 'local-support-filter' };
import { islandScriptPath } from '@/lib/urls';

/**
 * Loads one island: a small script that enhances HTML which already works
 * without it. The post-build step bundles components/islands/<name>.ts behind
 * the bootstrap that starts it (components/island-start.ts), points the tag at
 * the hashed file and fails the build if the island does not exist.
 */
export function Island({ name }: Props) {
  // A module script never blocks parsing: it is deferred by the HTML standard,
  // which the rule (written for classic scripts) does not know.
  // https://html.spec.whatwg.org/multipage/scripting.html#attr-script-defer
  // eslint-disable-next-line @next/next/no-sync-scripts
  return <script type="module" src={islandScriptPath(name)} />;
}
