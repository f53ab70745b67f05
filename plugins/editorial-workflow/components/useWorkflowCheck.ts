'use client'
import { useAllFormFields, useConfig, useDebounce, useDocumentInfo } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useEffect, useMemo, useState } from 'react'

import type { WorkflowCheck } from '../types'

/** How long the form must rest before it is checked again, so typing does not send a request a key. */
const QUIET_MS = 500

/**
 * The actions, the checklist and the change-request banner ask about the same form at the same
 * moment; they share one request for each state of the form.
 */
const inFlight = new Map<string, Promise<WorkflowCheck>>()

const ask = (url: string, body: string): Promise<WorkflowCheck> => {
  const key = `${url}\n${body}`
  const known = inFlight.get(key)
  if (known) return known
  const request = fetch(url, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body,
  }).then(async (response) => {
    const json = (await response.json().catch(() => ({}))) as WorkflowCheck & {
      errors?: { message?: string }[]
    }
    if (!response.ok) throw new Error(json.errors?.[0]?.message ?? `The check answered ${response.status}.`)
    return json
  })
  // A failed check is asked again next time rather than remembered.
  request.catch(() => inFlight.delete(key))
  inFlight.set(key, request)
  // Keep only the newest few states: an old form is never asked about again.
  if (inFlight.size > 4) inFlight.delete(inFlight.keys().next().value as string)
  return request
}

export type WorkflowCheckState = { check: WorkflowCheck | null; checking: boolean; problem: string | null }

type Answer = { body: string; check: WorkflowCheck | null; problem: string | null }

/**
 * The workflow's verdict on the document as the form holds it now, unsaved edits included: checked
 * on the server (`POST /api/<collection>/workflow-check`) once typing pauses.
 */
export const useWorkflowCheck = (): WorkflowCheckState => {
  const [fields] = useAllFormFields()
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const body = useMemo(
    () => JSON.stringify({ id: id ?? undefined, data: reduceFieldsToValues(fields, true) }),
    [fields, id],
  )
  const settled = useDebounce(body, QUIET_MS)
  const [answer, setAnswer] = useState<Answer | null>(null)

  useEffect(() => {
    if (!collectionSlug) return
    let current = true
    ask(`${config.serverURL}${config.routes.api}/${collectionSlug}/workflow-check`, settled).then(
      (check) => current && setAnswer({ body: settled, check, problem: null }),
      (error: Error) => current && setAnswer({ body: settled, check: null, problem: error.message }),
    )
    return () => {
      current = false
    }
  }, [settled, collectionSlug, config.serverURL, config.routes.api])

  // The last answer stays on screen while the next one is on its way.
  return { check: answer?.check ?? null, checking: answer?.body !== body, problem: answer?.problem ?? null }
}
