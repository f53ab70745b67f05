import { serializeJsonLd } from '../../lib/site/structuredData'

/** Structured data for search engines: data, not script the browser runs. */
export function JsonLd({ data }: { data: Record<string, unknown> | null }) {
  if (!data) return null
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
