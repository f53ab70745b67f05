'use client'
import { Button } from '@payloadcms/ui'
import React, { useState } from 'react'

import { ActionBanner, reloadWithMessage, useFlash } from './ActionBanner'
import { type ActionAnswer, postAction } from './postAction'

export type BundleAction = 'submit' | 'approve' | 'request-changes' | 'publish' | 'dissolve'

type Props = {
  apiRoute: string
  /** The open bundle, or none when the document can be submitted as a new one. */
  bundleId?: string
  lead: { collection: string; id: string }
  actions: BundleAction[]
  /** The label of the submit button: "Submit with 2 unpublished dependencies". */
  submitLabel?: string
  /** Someone else's claim on the bundle, which approving would collide with. */
  claimedBy?: string
}

const LABELS: Record<Exclude<BundleAction, 'submit'>, string> = {
  approve: 'Approve bundle',
  'request-changes': 'Request changes',
  publish: 'Publish bundle',
  dissolve: 'Dissolve bundle',
}

/** The review bundle's buttons; each says what happened, or why not, beside it. */
export const BundleActions = ({ apiRoute, bundleId, lead, actions, submitLabel, claimedBy }: Props) => {
  const flash = useFlash('bundle')
  const [answer, setAnswer] = useState<ActionAnswer | null>(null)
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)

  const run = async (action: BundleAction) => {
    if (
      action === 'approve' &&
      claimedBy &&
      !window.confirm(`${claimedBy} has claimed this bundle. Approve it anyway?`)
    ) {
      return
    }
    setBusy(true)
    const base = `${apiRoute}/review-bundles`
    const result =
      action === 'submit'
        ? await postAction(`${base}/submit`, lead)
        : await postAction(`${base}/${bundleId}/${action}`, action === 'request-changes' ? { note } : {})
    setBusy(false)
    setAnswer(result)
    if (result.ok) reloadWithMessage(result.message, 'bundle')
  }

  return (
    <div className="bundle-actions">
      <ActionBanner answer={answer ?? (flash ? { ok: true, message: flash } : null)} />
      {actions.includes('request-changes') && (
        <label style={{ display: 'block', marginBottom: '0.5rem' }}>
          Note for the editor
          <textarea
            className="bundle-actions__note"
            rows={3}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            style={{ width: '100%' }}
          />
        </label>
      )}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
        {actions.map((action) => (
          <Button
            key={action}
            buttonStyle={
              action === 'publish' || action === 'submit' || action === 'approve' ? 'primary' : 'secondary'
            }
            size="small"
            margin={false}
            disabled={busy}
            onClick={() => void run(action)}
            id={`bundle-${action}`}
          >
            {action === 'submit' ? (submitLabel ?? 'Submit bundle') : LABELS[action]}
          </Button>
        ))}
      </div>
    </div>
  )
}
