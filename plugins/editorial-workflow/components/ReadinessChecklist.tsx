import type { Payload } from 'payload'
import React from 'react'

import type { ReadinessCheck } from '../types'

type Props = {
  payload: Payload
  collectionSlug: string
  data?: Record<string, unknown>
  checkReadiness: ReadinessCheck
}

/** Shows, on the document, what still stops it from being submitted or published. */
export const ReadinessChecklist = async ({ payload, collectionSlug, data, checkReadiness }: Props) => {
  if (!data?.id) return <p className="readiness">Save a draft to see the readiness checklist.</p>
  const { ready, issues } = await checkReadiness({ payload, collection: collectionSlug, data })
  return (
    <div className="readiness" role="status" aria-live="polite">
      <h4 style={{ margin: '0 0 0.5rem' }}>Readiness {ready ? '✓' : `(${issues.length} to fix)`}</h4>
      {ready ? (
        <p>Everything the page needs is filled and cited. It can be submitted for review.</p>
      ) : (
        <ul style={{ paddingLeft: '1.1rem', margin: 0 }}>
          {issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>{issue.message}</li>
          ))}
        </ul>
      )}
      <p style={{ opacity: 0.7, fontSize: '0.85em' }}>Checked against the last saved version.</p>
    </div>
  )
}
