'use client'
import { Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { ActionBanner, reloadWithMessage, useFlash } from './ActionBanner'
import { type ActionAnswer, postAction } from './postAction'

type Props = {
  apiRoute: string
  /** The queue row claimed. */
  itemId: string
  /** Who holds the claim now, if anyone, and whether it is the person looking. */
  claimedBy?: string
  mine: boolean
  /** Reload the whole page after a change (on a document, whose form keeps its state otherwise). */
  reload?: boolean
}

/** Claim, release or take over a queue item; the answer shows beside the button. */
export const ReviewQueueClaim = ({ apiRoute, itemId, claimedBy, mine, reload = false }: Props) => {
  const flash = useFlash('claim')
  const router = useRouter()
  const [answer, setAnswer] = useState<ActionAnswer | null>(null)
  const [busy, setBusy] = useState(false)
  const act = async (path: 'claim' | 'release', takeOver = false) => {
    setBusy(true)
    const result = await postAction(
      `${apiRoute}/review-queue/${itemId}/${path}`,
      takeOver ? { takeOver } : {},
    )
    setBusy(false)
    setAnswer(result)
    if (result.ok && reload) reloadWithMessage(result.message, 'claim')
    else if (result.ok) router.refresh()
  }
  const label = mine ? 'Release' : claimedBy ? 'Take over' : 'Claim'
  return (
    <div className="review-claim">
      <Button
        buttonStyle="secondary"
        size="small"
        margin={false}
        disabled={busy}
        className={`review-claim__${mine ? 'release' : claimedBy ? 'take-over' : 'claim'}`}
        onClick={() => void act(mine ? 'release' : 'claim', Boolean(claimedBy) && !mine)}
      >
        {label}
      </Button>
      <ActionBanner answer={answer ?? (flash && reload ? { ok: true, message: flash } : null)} />
    </div>
  )
}
