type Props = { name: 'youtube' | 'search' | 'whats-on' | 'copy-link' | 'local-support-filter' };
import { islandScriptPath } from '@/lib/urls';

/**
 * Loads one island: a small script that enhances HTML which already works
 * without it. The post-build step points the tag at the island's hashed file
 * and fails the build if the island does not exist.
 */
export function Island({ name }: Props) {
  return <script type="module" src={islandScriptPath(name)} />;
}
