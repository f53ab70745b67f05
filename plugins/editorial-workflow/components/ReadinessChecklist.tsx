'use client'
import { useAllFormFields } from '@payloadcms/ui'
import React from 'react'

import { fieldPathFor } from '../lib/fieldLocation'
import { focusField } from './focusField'
import { useWorkflowCheck } from './useWorkflowCheck'
import './workflow.css'

/**
 * What still stops the document from being submitted or published, checked against the form as it
 * stands (unsaved edits included) each time typing pauses. Every problem is listed, and each one
 * that belongs to a field takes the editor to it.
 */
export const ReadinessChecklist = () => {
  const [fields] = useAllFormFields()
  const { check, checking, problem } = useWorkflowCheck()
  const readiness = check?.readiness

  return (
    <div className="readiness" role="status" aria-live="polite" aria-busy={checking}>
      <h4 style={{ margin: '0 0 0.5rem' }}>
        Readiness{' '}
        {readiness ? (readiness.ready ? '✓' : `(${readiness.issues.length} to fix)`) : checking ? '…' : ''}
      </h4>
      {problem ? <p>The checklist could not be checked. {problem}</p> : null}
      {readiness?.ready ? (
        <p>Everything the page needs is filled and cited. It can be submitted for review.</p>
      ) : null}
      {readiness && !readiness.ready ? (
        <ul className="readiness__issues" style={{ paddingLeft: '1.1rem', margin: 0 }}>
          {readiness.issues.map((issue) => {
            const path = fieldPathFor(issue.path, Object.keys(fields))
            return (
              <li key={`${issue.path}:${issue.message}`}>
                {path ? (
                  <button className="readiness__go-to" type="button" onClick={() => focusField(path)}>
                    {issue.message}
                  </button>
                ) : (
                  issue.message
                )}
              </li>
            )
          })}
        </ul>
      ) : null}
      <p style={{ opacity: 0.7, fontSize: '0.85em' }}>
        {checking
          ? 'Checking the form as it stands…'
          : 'Checked against the form as it stands, unsaved edits included.'}
      </p>
    </div>
  )
}
