import { type CollectionSlug, type Endpoint, headersWithCors, restoreVersionOperation } from 'payload'

import { actorOf } from '../lib/actor'
import type { ResolvedWorkflowOptions } from '../types'

type RestoreArgs = { options: ResolvedWorkflowOptions; slug: string }

/**
 * Takes the place of Payload's `POST /<collection>/versions/:id`. The admin's Restore button asks for
 * the live document (`?draft=false`) unless the person picks "Restore as draft", and hides that
 * choice for draft versions; a person's restore is always made as a draft here, so the button works
 * and the live page stays. Anything else is Payload's own restore.
 */
export const restoreAsDraftEndpoint = ({ options, slug }: RestoreArgs): Endpoint => ({
  path: '/versions/:id',
  method: 'post',
  handler: async (req) => {
    const rawId = String(req.routeParams?.id)
    const query = (req.query ?? {}) as Record<string, unknown>
    const depth = Number(query.depth)
    const doc = await restoreVersionOperation({
      collection: req.payload.collections[slug as CollectionSlug],
      id: req.payload.db.defaultIDType === 'number' ? Number(rawId) : rawId,
      depth: Number.isInteger(depth) ? depth : undefined,
      draft: actorOf(req.user, options) ? true : query.draft === 'true',
      req,
    })
    return Response.json(
      { ...doc, message: req.t('version:restoredSuccessfully') },
      { headers: headersWithCors({ headers: new Headers(), req }), status: 200 },
    )
  },
})
