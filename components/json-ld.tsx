import { serializeJsonLd } from '@/lib/schedule/json-ld';

type Props = { data: unknown };

/** Structured data for search engines; the only inline script a page may have. */
export function JsonLd({ data }: Props) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
