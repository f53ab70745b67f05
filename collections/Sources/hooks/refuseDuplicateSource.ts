import type { CollectionBeforeChangeHook } from 'payload'

import { Refusal } from '../../../lib/errors/refusal'
import { duplicateKeyOf, duplicateKeysOf, sharedKey } from '../../../lib/evidence/sources'
import type { Source } from '../../../payload-types'

const SHARED = { doi: 'the same DOI', url: 'the same address', titleYear: 'the same title and year' }

/**
 * One record per work: a source with the DOI, the address, or the title and year of one already
 * recorded (draft or published) is refused, naming and linking the existing record to edit instead.
 */
export const refuseDuplicateSource: CollectionBeforeChangeHook<Source> = async ({
  data,
  originalDoc,
  req,
}) => {
  const candidate = { ...originalDoc, ...data }
  const keys = duplicateKeysOf(candidate)
  if (keys.length === 0) return data
  const { docs } = await req.payload.find({
    collection: 'sources',
    where: {
      and: [
        { duplicateKeys: { in: keys } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    select: { title: true, doi: true, url: true, year: true },
    draft: true,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const existing = docs[0]
  if (!existing) return data
  const shared = sharedKey(duplicateKeyOf(candidate), duplicateKeyOf(existing)) ?? 'titleYear'
  const link = `/admin/collections/sources/${existing.id}`
  throw new Refusal(
    `This work is already recorded as “${existing.title}” (${link}), with ${SHARED[shared]}. Edit that record instead of adding another.`,
    400,
    { existing: { id: String(existing.id), title: existing.title, href: link } },
  )
}
