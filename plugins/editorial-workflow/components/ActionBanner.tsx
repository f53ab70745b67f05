'use client'
import React, { useSyncExternalStore } from 'react'

import type { ActionAnswer } from './postAction'

const FLASH = 'editorial-workflow:flash'

/** Reloads the document to show its new state, and says once it is back what the action did. */
export const reloadWithMessage = (message: string, from: string) => {
  window.sessionStorage.setItem(
    FLASH,
    JSON.stringify({ path: `${window.location.pathname}#${from}`, message }),
  )
  window.location.reload()
}

/** The message left for this page, taken out of storage on first read so that it shows once. */
const taken = new Map<string, string | null>()
const flashSnapshot = (from: string) => {
  const path = `${window.location.pathname}#${from}`
  if (taken.has(path)) return taken.get(path) ?? null
  const stored = JSON.parse(window.sessionStorage.getItem(FLASH) ?? 'null') as {
    path?: string
    message?: string
  } | null
  if (stored?.path === path) window.sessionStorage.removeItem(FLASH)
  taken.set(path, stored?.path === path ? (stored.message ?? null) : null)
  return taken.get(path) ?? null
}
const noSubscription = () => () => {}

/** The sentence an action left before the page reloaded (nothing on the server's render). */
export const useFlash = (from: string): string | null =>
  useSyncExternalStore(
    noSubscription,
    () => flashSnapshot(from),
    () => null,
  )

/** What an action did, or why it was refused, beside the buttons that made it. */
export const ActionBanner = ({ answer }: { answer: Pick<ActionAnswer, 'ok' | 'message'> | null }) =>
  answer ? (
    <p
      className={`review-action-banner review-action-banner--${answer.ok ? 'done' : 'refused'}`}
      role={answer.ok ? 'status' : 'alert'}
      style={{
        padding: '0.5rem 0.75rem',
        borderRadius: 4,
        margin: '0.5rem 0',
        background: answer.ok ? 'var(--theme-success-100)' : 'var(--theme-error-100)',
        color: answer.ok ? 'var(--theme-success-800)' : 'var(--theme-error-800)',
      }}
    >
      {answer.message}
    </p>
  ) : null
