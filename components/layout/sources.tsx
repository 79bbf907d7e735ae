import type { Source } from '@/lib/schemas/page';
import { Expander } from '../mdx/expander';

type Props = { sources: Source[] };

/** Where the page's facts come from, for people who want to check. */
export function Sources({ sources }: Props) {
  return (
    <Expander summary="Sources">
      <p>The facts on this page come from:</p>
      <ul>
        {sources.map((source) => (
          <li key={`${source.publisher}${source.title}`}>
            {source.publisher}: {source.url ? <a href={source.url}>{source.title}</a> : <cite>{source.title}</cite>}
          </li>
        ))}
      </ul>
    </Expander>
  );
}
