import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '../../../access/roles'
import { Refusal } from '../../../lib/errors/refusal'
import { DECISIONS, IMPORT_STATUSES } from '../statuses'

const DECIDABLE = new Set(['status', 'decisionNote'])
const label = (status: unknown) =>
  IMPORT_STATUSES.find((option) => option.value === status)?.label ?? String(status)
const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value
    ? String((value as { id: unknown }).id)
    : String(value ?? '')

/**
 * A person may only decide a run that awaits approval: approve it, or reject it with a reason. The
 * person who ran it may not decide it (four-eyes); the record of what was read and written is fixed.
 */
export const decideImport: CollectionBeforeChangeHook = ({ context, data, operation, originalDoc, req }) => {
  if (operation === 'create' || context.importing || !req.user) return data
  const changedRecord = Object.keys(data).filter(
    (key) => !DECIDABLE.has(key) && JSON.stringify(data[key]) !== JSON.stringify(originalDoc?.[key]),
  )
  if (changedRecord.length > 0) {
    throw new Refusal(
      `An import's record cannot be edited (${changedRecord.join(', ')}); only its decision can.`,
      400,
    )
  }
  if (data.status === originalDoc?.status) return data
  if (!hasRole(req.user, 'reviewer', 'admin'))
    throw new Refusal('Only reviewers and admins decide imports.', 403)
  if (originalDoc?.status !== 'awaiting-approval') {
    throw new Refusal(
      `This import is "${label(originalDoc?.status)}"; only a run awaiting approval can be decided.`,
      400,
    )
  }
  if (!DECISIONS.includes(data.status)) {
    throw new Refusal(
      `An import awaiting approval can be approved or rejected, not set to "${label(data.status)}".`,
      400,
    )
  }
  if (idOf(originalDoc?.ranBy) === String(req.user.id)) {
    throw new Refusal('Four-eyes rule. You ran this import, so another reviewer must decide it.', 403)
  }
  if (data.status === 'rejected' && !String(data.decisionNote ?? '').trim()) {
    throw new Refusal(
      'Say why the import is rejected in the decision note; the person who ran it reads it.',
      400,
    )
  }
  return { ...data, decidedBy: req.user.id, decidedAt: new Date().toISOString() }
}
