import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { actorOf } from '../lib/actor'
import { openChangeRequest } from '../lib/changeRequest'
import { contentAuthorsSincePublication } from '../lib/contentAuthors'
import { badRequest, forbidden, notFound } from '../lib/errors'
import type { ResolvedWorkflowOptions, WorkflowCheck } from '../types'

type CheckArgs = { options: ResolvedWorkflowOptions; slug: string }

type CheckBody = { id?: string | number; data: Record<string, unknown> }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const readBody = async (req: PayloadRequest): Promise<CheckBody> => {
  const body: unknown = await req.json?.().catch(() => undefined)
  const id = isRecord(body) ? body.id : undefined
  if (!isRecord(body) || !isRecord(body.data) || !['string', 'number', 'undefined'].includes(typeof id)) {
    throw badRequest('Send the form as JSON, with the document in "data" and its "id" once it is saved.')
  }
  return { id: id as CheckBody['id'], data: body.data }
}

/**
 * `POST /api/<collection>/workflow-check`: the document as the form holds it, unsaved edits included,
 * checked the way a save would be. Answers its readiness (every problem, each with the field it is
 * about), whether four-eyes holds the person back, and the open change request. Only the editorial
 * team may ask, and only about a document they can read; what it cites is loaded exactly as the
 * readiness check of a save loads it.
 */
export const workflowCheckEndpoint = ({ options, slug }: CheckArgs): Endpoint => ({
  path: '/workflow-check',
  method: 'post',
  handler: async (req) => {
    const user = req.user
    if (!user || !actorOf(user, options)) {
      throw forbidden('Only the editorial team checks documents against the review workflow.')
    }
    const { id, data } = await readBody(req)
    const collection = slug as CollectionSlug
    const stored =
      id === undefined
        ? null
        : ((await req.payload.findByID({
            collection,
            id,
            draft: true,
            depth: 0,
            overrideAccess: false,
            disableErrors: true,
            req,
          })) as Record<string, unknown> | null)
    if (id !== undefined && !stored) throw notFound('There is no such document, or you cannot read it.')

    const readiness = await options.checkReadiness({
      payload: req.payload,
      req,
      collection: slug,
      data: { ...stored, ...data },
    })
    const authors = stored
      ? await contentAuthorsSincePublication({ req, collection, id: stored.id as string })
      : null
    const answer: WorkflowCheck = {
      readiness,
      authoredByYou: authors?.has(String(user.id)) ?? false,
      changeRequest: stored ? await openChangeRequest({ req, options, collection: slug, doc: stored }) : null,
    }
    return Response.json(answer)
  },
})
