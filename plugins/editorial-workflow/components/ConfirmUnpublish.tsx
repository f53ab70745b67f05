'use client'
import { Button } from '@payloadcms/ui'
import React from 'react'

type Props = { busy: boolean; onConfirm: () => void; onCancel: () => void }

/** Unpublishing takes the page away from readers, so it is asked once more in words. */
export const ConfirmUnpublish = ({ busy, onConfirm, onCancel }: Props) => (
  <div className="workflow-actions__request" role="group" aria-labelledby="workflow-unpublish-question">
    <p id="workflow-unpublish-question" style={{ margin: 0 }}>
      Take this page offline? Readers get “not found” until it is reviewed and published again.
    </p>
    <div className="workflow-actions__buttons">
      <Button
        buttonStyle="primary"
        size="small"
        id="workflow-confirm-unpublish"
        disabled={busy}
        onClick={onConfirm}
      >
        Unpublish
      </Button>
      <Button buttonStyle="secondary" size="small" disabled={busy} onClick={onCancel}>
        Cancel
      </Button>
    </div>
  </div>
)
