'use client'
import { Button } from '@payloadcms/ui'
import React, { useState } from 'react'

type Props = { busy: boolean; onSend: (note: string) => void; onCancel: () => void }

/** Asks the reviewer what the editor should change; a request without a note is not sent. */
export const RequestChangesForm = ({ busy, onSend, onCancel }: Props) => {
  const [note, setNote] = useState('')
  const [missing, setMissing] = useState(false)
  const send = () => {
    if (!note.trim()) {
      setMissing(true)
      return
    }
    onSend(note.trim())
  }
  return (
    <div className="workflow-actions__request" role="group" aria-labelledby="workflow-review-note-label">
      <label id="workflow-review-note-label" htmlFor="workflow-review-note">
        What should the editor change? They see this note at the top of the document.
      </label>
      <textarea
        id="workflow-review-note"
        rows={4}
        value={note}
        aria-invalid={missing}
        aria-describedby={missing ? 'workflow-review-note-missing' : undefined}
        onChange={(event) => {
          setNote(event.target.value)
          setMissing(false)
        }}
      />
      {missing ? (
        <p id="workflow-review-note-missing" className="workflow-actions__missing" role="alert">
          Write what needs to change before sending the request.
        </p>
      ) : null}
      <div className="workflow-actions__buttons">
        <Button buttonStyle="primary" size="small" id="workflow-send-request" disabled={busy} onClick={send}>
          Send request
        </Button>
        <Button buttonStyle="secondary" size="small" disabled={busy} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  )
}
