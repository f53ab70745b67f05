import crypto from 'node:crypto'

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { groupsOf } from '../../../../lib/assessment/instrument'
import { getTakePage } from '../../../../lib/assessment/data/pages'
import { AssessmentForm } from '../_components/AssessmentForm'
import '../assessments.css'

type Params = {
  params: Promise<{ slug: string }>
  searchParams: Promise<{ error?: string; retakeOf?: string }>
}

// Each visit gets its own idempotency key for the no-JavaScript form, so the page is rendered per request.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const loaded = await getTakePage((await params).slug)
  if (!loaded) return {}
  // The frontend layout's title template adds the site's name.
  return { title: loaded.instrument.title, description: loaded.instrument.summary }
}

export default async function TakeAssessmentPage({ params, searchParams }: Params) {
  const [{ slug }, { error, retakeOf }] = await Promise.all([params, searchParams])
  const loaded = await getTakePage(slug)
  if (!loaded) notFound()
  const { instrument } = loaded
  return (
    <article className="assessment">
      <header>
        <p className="assessment-kicker">
          Assessment · about {instrument.estimatedMinutes} minutes · {instrument.items.length} questions
        </p>
        <h1>{instrument.title}</h1>
        <p>{instrument.summary}</p>
        <p className="assessment-instructions">{instrument.instructions}</p>
      </header>
      {error && (
        <p className="assessment-error" role="alert">
          Your answers were not saved: {error}
        </p>
      )}
      <AssessmentForm
        slug={instrument.slug}
        groups={groupsOf(instrument.items)}
        scaleLabels={instrument.scaleLabels}
        idempotencyKey={crypto.randomUUID()}
        retakeOf={retakeOf && /^[A-Za-z0-9_-]{16,64}$/.test(retakeOf) ? retakeOf : undefined}
      />
    </article>
  )
}
