'use client'
import { Banner } from '@payloadcms/ui'
import React from 'react'

import type { ChangeRequest } from '../types'
import { useWorkflowCheck } from './useWorkflowCheck'

const when = (at: string) => {
  const date = new Date(at)
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })
}

const heading = ({ stage, by, at }: ChangeRequest) =>
  `${stage === 'changes-requested' ? 'Changes requested' : 'Sent back for review'} by ${by}${at ? `, ${when(at)}` : ''}`

/**
 * The reviewer's note, read-only at the top of the document, for as long as the request is open.
 * Resubmitting closes it: the note leaves the document and stays in the audit log.
 */
export const ChangeRequestBanner = () => {
  const request = useWorkflowCheck().check?.changeRequest
  if (!request) return null
  return (
    <div className="change-request" role="note" aria-label="Review note" style={{ marginBottom: '1.5rem' }}>
      <Banner type="info">
        <strong className="change-request__heading">{heading(request)}</strong>
        <span
          className="change-request__note"
          style={{ display: 'block', whiteSpace: 'pre-wrap', marginTop: '0.4rem' }}
        >
          {request.note}
        </span>
      </Banner>
    </div>
  )
}
