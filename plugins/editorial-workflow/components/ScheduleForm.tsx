'use client'
import { Button } from '@payloadcms/ui'
import React, { useState } from 'react'

import { ActionBanner, reloadWithMessage, useFlash } from './ActionBanner'
import { type ActionAnswer, postAction } from './postAction'

export type ScheduledItem = {
  id: string
  action: 'publish' | 'unpublish'
  at: string
  by: string
  bundle: boolean
}

type Props = {
  apiRoute: string
  collection: string
  id: string
  scheduled: ScheduledItem[]
  /** The actions that can be scheduled now (publish once approved; unpublish once live or due to be). */
  offer: ('publish' | 'unpublish')[]
}

const when = (iso: string) => new Date(iso).toLocaleString()

/** Set a time to publish or unpublish, see what is set, and cancel it. */
export const ScheduleForm = ({ apiRoute, collection, id, scheduled, offer }: Props) => {
  const flash = useFlash('schedule')
  const [answer, setAnswer] = useState<ActionAnswer | null>(null)
  const [at, setAt] = useState('')
  const [busy, setBusy] = useState(false)
  const finish = (result: ActionAnswer) => {
    setBusy(false)
    setAnswer(result)
    if (result.ok) reloadWithMessage(result.message, 'schedule')
  }
  const schedule = async (action: 'publish' | 'unpublish') => {
    const time = new Date(at)
    if (!at || Number.isNaN(time.getTime())) {
      setAnswer({ ok: false, message: 'Choose a date and time first.', body: {} })
      return
    }
    setBusy(true)
    finish(
      await postAction(`${apiRoute}/review-schedules/schedule`, {
        collection,
        id,
        action,
        at: time.toISOString(),
      }),
    )
  }
  const cancel = async (scheduleId: string) => {
    setBusy(true)
    finish(await postAction(`${apiRoute}/review-schedules/${scheduleId}/cancel`))
  }
  return (
    <div className="schedule-form">
      <ActionBanner answer={answer ?? (flash ? { ok: true, message: flash } : null)} />
      {scheduled.length > 0 && (
        <ul style={{ paddingLeft: '1.1rem' }}>
          {scheduled.map((item) => (
            <li key={item.id} className="schedule-form__item">
              {item.action === 'publish' ? (item.bundle ? 'Bundle publishes' : 'Publishes') : 'Unpublishes'}{' '}
              at <time dateTime={item.at}>{when(item.at)}</time>, as set by {item.by}.{' '}
              <Button
                buttonStyle="secondary"
                size="small"
                margin={false}
                disabled={busy}
                onClick={() => void cancel(item.id)}
              >
                Cancel
              </Button>
            </li>
          ))}
        </ul>
      )}
      {offer.length > 0 && (
        <>
          <label style={{ display: 'block', marginBottom: '0.5rem' }}>
            Date and time
            <input
              className="schedule-form__at"
              type="datetime-local"
              step={1}
              value={at}
              onChange={(event) => setAt(event.target.value)}
              style={{ display: 'block', width: '100%' }}
            />
          </label>
          <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
            {offer.map((action) => (
              <Button
                key={action}
                id={`schedule-${action}`}
                buttonStyle="secondary"
                size="small"
                margin={false}
                disabled={busy}
                onClick={() => void schedule(action)}
              >
                {action === 'publish' ? 'Schedule publication' : 'Schedule unpublication'}
              </Button>
            ))}
          </div>
        </>
      )}
    </div>
  )
}
