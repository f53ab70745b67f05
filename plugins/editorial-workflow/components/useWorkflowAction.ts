'use client'
import { toast, useConfig, useDocumentInfo, useForm } from '@payloadcms/ui'
import { useCallback, useState } from 'react'

import type { WorkflowAction } from '../lib/actions'

export type ActionOutcome = { refused: boolean; action: WorkflowAction; text: string }

type SavedDoc = Record<string, unknown> & { _status?: string; updatedAt?: string }

/** What each action changes: its stage, or Payload's status for publishing and unpublishing. */
const changesFor = (action: WorkflowAction, note?: string): Record<string, unknown> => {
  if (action.name === 'publish') return { _status: 'published' }
  if (action.name === 'unpublish') return { _status: 'draft' }
  return { _status: 'draft', stage: action.to, ...(note === undefined ? {} : { reviewNote: note }) }
}

/** Publishing and unpublishing act on the live document; the other moves are saved as a draft. */
const actsOnLive = (action: WorkflowAction) => action.name === 'publish' || action.name === 'unpublish'

const refusalOf = (json: Record<string, unknown>, status: number): string => {
  const errors = json.errors as { message?: string }[] | undefined
  return errors?.[0]?.message ?? (json.message as string | undefined) ?? `The server answered ${status}.`
}

/**
 * Runs a review action as a save of the form, unsaved edits included, with the action's stage or
 * status. The refusal comes back in the server's words, for the banner beside the buttons; on
 * success the form and the document's status are brought up to date from the saved document.
 */
export const useWorkflowAction = () => {
  const { config } = useConfig()
  const info = useDocumentInfo()
  const { createFormData, getData, reset } = useForm()
  const [running, setRunning] = useState<WorkflowAction['name'] | null>(null)
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null)

  const send = useCallback(
    async (action: WorkflowAction, note?: string) => {
      const query = `?depth=0&fallback-locale=null${actsOnLive(action) ? '' : '&draft=true'}`
      const url = `${config.serverURL}${config.routes.api}/${info.collectionSlug}/${info.id}${query}`
      // Payload's own Unpublish sends the status alone: that is what makes it a retraction.
      const body =
        action.name === 'unpublish'
          ? JSON.stringify(changesFor(action))
          : await createFormData(changesFor(action, note), { data: getData() })
      return fetch(url, {
        method: 'PATCH',
        credentials: 'include',
        headers: typeof body === 'string' ? { 'Content-Type': 'application/json' } : undefined,
        body,
      })
    },
    [config.serverURL, config.routes.api, info.collectionSlug, info.id, createFormData, getData],
  )

  const applySaved = useCallback(
    async (action: WorkflowAction, doc: SavedDoc) => {
      await reset(doc)
      info.setData(doc)
      info.incrementVersionCount()
      info.setMostRecentVersionIsAutosaved(false)
      if (action.name === 'publish' || doc._status === 'published') {
        info.setHasPublishedDoc(true)
        info.setUnpublishedVersionCount(0)
      } else if (action.name === 'unpublish') {
        info.setHasPublishedDoc(false)
        info.setUnpublishedVersionCount(1)
      } else {
        info.setUnpublishedVersionCount((count: number) => count + 1)
      }
    },
    [reset, info],
  )

  const run = useCallback(
    async (action: WorkflowAction, note?: string): Promise<boolean> => {
      setRunning(action.name)
      setOutcome(null)
      try {
        const response = await send(action, note)
        const json = (await response.json().catch(() => ({}))) as Record<string, unknown>
        if (!response.ok) {
          const text = refusalOf(json, response.status)
          setOutcome({ refused: true, action, text })
          toast.error(text)
          return false
        }
        await applySaved(action, json.doc as SavedDoc)
        setOutcome({ refused: false, action, text: action.done })
        toast.success(action.done)
        return true
      } catch {
        const text = 'The server could not be reached. Nothing was saved; try again.'
        setOutcome({ refused: true, action, text })
        toast.error(text)
        return false
      } finally {
        setRunning(null)
      }
    },
    [send, applySaved],
  )

  return { run, running, outcome, dismiss: () => setOutcome(null) }
}
