import type { CollectionBeforeChangeHook } from 'payload'

import type { Source } from '../../../payload-types'
import { CHECKED_STATUSES } from '../../../lib/evidence/model'

const isChecked = (status: string) => (CHECKED_STATUSES as readonly string[]).includes(status)

/**
 * Records who set a source's verification standing and when; these are never typed by hand. An
 * unverified source has been checked by nobody, so it names nobody, even after a standing is undone.
 */
export const stampVerification: CollectionBeforeChangeHook<Source> = ({ data, originalDoc, req }) => {
  const previous = originalDoc?.verification
  const status = data.verification?.status ?? previous?.status ?? 'unverified'
  const changed = status !== previous?.status
  const stamp = !isChecked(status)
    ? { checkedBy: null, checkedAt: null }
    : changed
      ? { checkedBy: req.user?.id ?? null, checkedAt: new Date().toISOString() }
      : { checkedBy: previous?.checkedBy ?? null, checkedAt: previous?.checkedAt ?? null }
  return { ...data, verification: { ...data.verification, status, ...stamp } }
}
