import crypto from 'node:crypto'

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { AssessmentForm } from '../../../../components/assessment/AssessmentForm'
import { TakeHeader } from '../../../../components/assessment/TakeHeader'
import { getTakePage } from '../../../../lib/assessment/data/pages'
import { groupsOf } from '../../../../lib/assessment/instrument'
import { describe, pageMetadata } from '../../../../lib/site/metadata'
import { paths } from '../../../../lib/site/paths'
import { submitTakeForm } from './submitAction'
import '../assessments.css'

type Params = {
  params: Promise<{ slug: string }>
  searchParams: Promise<{ retakeOf?: string }>
}

// Each visit gets its own idempotency key for the no-JavaScript form, so the page is rendered per request.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const loaded = await getTakePage((await params).slug)
  if (!loaded) return {}
  const { instrument } = loaded
  // The frontend layout's title template adds the site's name.
  return pageMetadata({
    title: instrument.title,
    description: describe(instrument.summary),
    path: paths.assessment(instrument.slug),
  })
}

export default async function TakeAssessmentPage({ params, searchParams }: Params) {
  const [{ slug }, { retakeOf }] = await Promise.all([params, searchParams])
  const loaded = await getTakePage(slug)
  if (!loaded) notFound()
  const { instrument } = loaded
  return (
    <article className="assessment">
      <TakeHeader instrument={instrument} />
      <AssessmentForm
        slug={instrument.slug}
        groups={groupsOf(instrument.items)}
        scaleLabels={instrument.scaleLabels}
        idempotencyKey={crypto.randomUUID()}
        retakeOf={retakeOf && /^[A-Za-z0-9_-]{16,64}$/.test(retakeOf) ? retakeOf : undefined}
        action={submitTakeForm}
      />
    </article>
  )
}
