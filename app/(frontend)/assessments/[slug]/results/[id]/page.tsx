import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { ResultSections } from '../../../../../../components/assessment/ResultSections'
import { getResultPage } from '../../../../../../lib/assessment/data/pages'
import { readerLocale } from '../../../../../../lib/assessment/format/locale'
import { parseZones } from '../../../../../../lib/assessment/result/matchesView'
import { resultBody } from '../../../../../../lib/assessment/result/resultBody'
import '../../../assessments.css'

type Params = {
  params: Promise<{ slug: string; id: string }>
  searchParams: Promise<{ zone?: string | string[] }>
}

// A result is per visitor and written in the reader's locale: rendered for each request.
export const dynamic = 'force-dynamic'

/** A result is private to whoever holds its URL: never indexed, never cached by shared caches. */
export const metadata: Metadata = {
  // The frontend layout's title template adds the site's name.
  title: 'Your result',
  robots: { index: false, follow: false },
}

export default async function ResultPage({ params, searchParams }: Params) {
  const [{ slug, id }, { zone }, requestHeaders] = await Promise.all([params, searchParams, headers()])
  const result = await getResultPage(slug, id)
  if (!result) notFound()
  const locale = readerLocale(requestHeaders.get('accept-language'))
  return (
    <ResultSections
      result={result}
      body={resultBody({ result, locale, zones: parseZones(zone) })}
      locale={locale}
    />
  )
}
