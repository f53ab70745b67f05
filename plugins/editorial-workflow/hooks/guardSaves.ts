import type { CollectionBeforeOperationHook } from 'payload'

import { actorOf } from '../lib/actor'
import { changeDetector } from '../lib/content'
import { holdsContent } from '../lib/emptyDraft'
import { badRequest, forbidden } from '../lib/errors'
import { clearRestore } from '../lib/restoring'
import type { ResolvedWorkflowOptions } from '../types'

type IncomingData = { _status?: string; stage?: string } & Record<string, unknown>

const onlyKeys = (data: IncomingData, keys: string[]) => Object.keys(data).every((key) => keys.includes(key))

/**
 * Decides where a save lands before Payload runs it. Only a reviewer's publish reaches the live
 * document; an unpublish is a retraction; everything else is stored as a draft version, so work in
 * progress never replaces what readers see. Editors change one document at a time, and nobody
 * creates an empty record. Trusted server code (`overrideAccess`) is left alone.
 */
export const guardSaves = (options: ResolvedWorkflowOptions): CollectionBeforeOperationHook => {
  const { contentChanged } = changeDetector(options.judgementFields)
  return async ({ args, collection, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    clearRestore(req.context)
    if (args.overrideAccess || !('data' in args)) return args
    const actor = actorOf(req.user, options)
    if (!actor) return args

    const bulk = operation === 'update' && !('id' in args && args.id !== undefined)
    if (bulk && actor !== 'reviewer') {
      throw forbidden(
        'Editors change one document at a time, so that each change is reviewed on its own. Open the document to edit it.',
      )
    }

    const data = (args.data ?? {}) as IncomingData
    if (operation === 'create' && !holdsContent(collection.fields, data)) {
      throw badRequest(
        'Nothing to save yet. Fill in at least one field before saving, so that no untitled record is created.',
      )
    }
    if (data._status === 'published') {
      if (actor !== 'reviewer') {
        throw forbidden(
          'Editors cannot publish. Submit the draft for review; a reviewer approves and publishes it.',
        )
      }
      // A bulk update reads the live documents unless asked for drafts; publishing means the newest.
      return bulk ? { ...args, draft: true } : args
    }

    const unpublishing =
      operation === 'update' && !args.draft && data._status === 'draft' && onlyKeys(data, ['_status'])
    if (unpublishing || data.stage === 'retracted') {
      if (actor !== 'reviewer') throw forbidden('Only reviewers and admins retract a published page.')
      return { ...args, draft: false, data: { ...data, _status: 'draft', stage: 'retracted' } }
    }

    if (actor === 'reviewer' && operation === 'update' && 'id' in args && args.id !== undefined) {
      const latest = (await req.payload.findByID({
        collection: collection.slug,
        id: String(args.id),
        draft: true,
        depth: 0,
        req,
        overrideAccess: true,
      })) as unknown as Record<string, unknown>
      // A reviewer's bookkeeping on a live page (a source's verification, a note) applies to it directly.
      if (latest._status === 'published' && !contentChanged(latest, { ...latest, ...data })) {
        return { ...args, draft: false, data: { ...data, _status: 'published' } }
      }
    }

    return { ...args, draft: true, data: { ...data, _status: 'draft' } }
  }
}
