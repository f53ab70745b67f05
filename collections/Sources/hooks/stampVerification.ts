import type { CollectionBeforeChangeHook } from 'payload'

import type { Source } from '../../../payload-types'

/** Records who set a source's verification status and when; these are never typed by hand. */
export const stampVerification: CollectionBeforeChangeHook<Source> = ({ data, originalDoc, req }) => {
  const previous = originalDoc?.verification
  const status = data.verification?.status ?? previous?.status ?? 'unverified'
  const changed = status !== previous?.status
  return {
    ...data,
    verification: {
      ...data.verification,
      status,
      checkedBy: changed ? (req.user?.id ?? null) : (previous?.checkedBy ?? null),
      checkedAt: changed ? new Date().toISOString() : (previous?.checkedAt ?? null),
    },
  }
}
