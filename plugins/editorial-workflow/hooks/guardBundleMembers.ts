import type { CollectionBeforeChangeHook } from 'payload'

import { bundleInContext } from '../lib/bundles/context'
import { openBundleOf } from '../lib/bundles/members'
import { nounOf } from '../lib/documents'
import { badRequest } from '../lib/errors'
import type { Stage } from '../stages'

/** Moves that a bundle makes for all its members together. */
const BUNDLE_MOVES: Stage[] = ['in-review', 'approved', 'changes-requested']

/**
 * A member of an open review bundle is submitted, approved, sent back and published with its bundle,
 * never on its own: alone, a finding would go live without the source it cites. Content edits go on
 * as usual (and send the bundle back to draft). One query, only when a save moves the stage.
 */
export const guardBundleMembers: CollectionBeforeChangeHook = async ({
  collection,
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (
    operation !== 'update' ||
    !req.user ||
    !originalDoc ||
    context.workflowSystem ||
    bundleInContext(context)
  ) {
    return data
  }
  const previous = (originalDoc.stage as Stage | undefined) ?? 'draft'
  const next = (data.stage as Stage | undefined) ?? previous
  const publishing = data._status === 'published' && originalDoc._status !== 'published'
  if (!publishing && (next === previous || !BUNDLE_MOVES.includes(next))) return data

  const bundle = await openBundleOf(req, { collection: collection.slug as never, id: String(originalDoc.id) })
  if (!bundle) return data
  throw badRequest(
    `This ${nounOf(req.payload, collection.slug)} is part of the review bundle “${bundle.title}”, which is submitted, approved and published as one. Use the bundle’s actions on the document.`,
  )
}
