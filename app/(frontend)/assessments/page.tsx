import type { Metadata } from 'next'
import Link from 'next/link'

import { getAssessmentIndex } from '../../../lib/assessment/data/pages'
import { pageMetadata } from '../../../lib/site/metadata'
import { paths } from '../../../lib/site/paths'
import './assessments.css'

// Listed from the database on each request, like the take pages: nothing here is worth a stale copy.
export const dynamic = 'force-dynamic'

// The frontend layout's title template adds the site's name.
export const metadata: Metadata = pageMetadata({
  title: 'Assessments',
  description:
    'Short questionnaires that match your work interests with occupations or tell you your level in a skill, scored on the server.',
  path: paths.assessments(),
})

const KIND_TEXT = {
  matching: 'Matches your interests with occupations',
  'skill-level': 'Tells you your level in a skill and what to do next',
}

export default async function AssessmentIndexPage() {
  const assessments = await getAssessmentIndex()
  return (
    <article className="assessment">
      <header className="page-header">
        <h1>Assessments</h1>
        <p className="lede">
          Answer a few questions and get a result you can keep: scored on the server, with its reliability
          shown and every recommendation tied to its evidence. Nothing identifies you; a result is reachable
          only through its own link.
        </p>
      </header>
      {assessments.length === 0 ? (
        <p>No assessment is published yet.</p>
      ) : (
        <ul className="assessment-index">
          {assessments.map((assessment) => (
            <li key={assessment.slug} className="card">
              <h2>
                <Link href={paths.assessment(assessment.slug)}>{assessment.title}</Link>
              </h2>
              <p>{assessment.summary}</p>
              <p className="card-meta">
                {KIND_TEXT[assessment.kind]} · about {assessment.estimatedMinutes} minutes ·{' '}
                {assessment.questions} questions
              </p>
            </li>
          ))}
        </ul>
      )}
    </article>
  )
}
