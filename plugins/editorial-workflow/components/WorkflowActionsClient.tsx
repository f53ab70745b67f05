'use client'
import { Banner, Button, useDocumentInfo, useFormFields, useFormModified } from '@payloadcms/ui'
import React, { useState } from 'react'

import { availableActions, workflowAction } from '../lib/actions'
import type { Actor, Stage } from '../stages'
import { ConfirmUnpublish } from './ConfirmUnpublish'
import { RequestChangesForm } from './RequestChangesForm'
import { useWorkflowAction } from './useWorkflowAction'
import { useWorkflowCheck } from './useWorkflowCheck'
import './workflow.css'

/**
 * The review actions beside Save Draft. Only the actions this person may take from the document's
 * stage and that would succeed now are buttons; what holds back the others is said in words. Each
 * action confirms what it did, and a refusal stays beside the buttons with the server's reason.
 */
export const WorkflowActionsClient = ({ actor }: { actor: Actor }) => {
  const { id } = useDocumentInfo()
  const stage = (useFormFields(([fields]) => fields.stage?.value) as Stage | undefined) ?? 'draft'
  const unsaved = useFormModified()
  const { check } = useWorkflowCheck()
  const { run, running, outcome } = useWorkflowAction()
  // The action waiting for a second step: the reviewer's note, or a confirmation to unpublish.
  const [asking, setAsking] = useState<'request-changes' | 'unpublish' | null>(null)

  // A document is reviewed once it exists: until the first save there is nothing to submit.
  if (!id) return null
  const { offered, held } = availableActions({
    stage,
    actor,
    authoredByYou: check?.authoredByYou ?? false,
    ready: check ? check.readiness.ready : null,
    problems: check?.readiness.issues.length ?? 0,
    unsaved,
  })

  return (
    <div className="workflow-actions">
      <div className="workflow-actions__buttons">
        {offered.map((action) => (
          <Button
            key={action.name}
            id={`workflow-${action.name}`}
            buttonStyle={action.name === 'publish' || action.name === 'approve' ? 'primary' : 'secondary'}
            size="medium"
            disabled={running !== null}
            onClick={() =>
              action.name === 'request-changes' || action.name === 'unpublish'
                ? setAsking(action.name)
                : void run(action)
            }
          >
            {running === action.name ? `${action.label}…` : action.label}
          </Button>
        ))}
      </div>
      {asking === 'request-changes' ? (
        <RequestChangesForm
          busy={running !== null}
          onCancel={() => setAsking(null)}
          onSend={async (note) => {
            if (await run(workflowAction('request-changes'), note)) setAsking(null)
          }}
        />
      ) : null}
      {asking === 'unpublish' ? (
        <ConfirmUnpublish
          busy={running !== null}
          onCancel={() => setAsking(null)}
          onConfirm={async () => {
            await run(workflowAction('unpublish'))
            setAsking(null)
          }}
        />
      ) : null}
      {held.length > 0 ? (
        <ul className="workflow-actions__held">
          {held.map(({ action, reason }) => (
            <li key={action.name}>{reason}</li>
          ))}
        </ul>
      ) : null}
      {outcome ? (
        <div className="workflow-actions__outcome" role={outcome.refused ? 'alert' : 'status'}>
          <Banner type={outcome.refused ? 'error' : 'success'}>
            {outcome.refused ? `${outcome.action.label} was refused. ${outcome.text}` : `${outcome.text}.`}
          </Banner>
        </div>
      ) : null}
    </div>
  )
}
