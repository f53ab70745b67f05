import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { idOf } from '../../../lib/data/read/ids'
import type { CareerSkill } from '../../../payload-types'

/**
 * One evidence page per (career, skill). The unique index is the last line of defence; this check
 * runs first so that a duplicate gets a 400 that names the existing page.
 */
export const ensureUniquePair: CollectionBeforeValidateHook<CareerSkill> = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const career = idOf(data?.career ?? originalDoc?.career)
  const skill = idOf(data?.skill ?? originalDoc?.skill)
  if (career === undefined || skill === undefined) return data

  const existing = await req.payload.find({
    collection: 'career-skills',
    where: {
      and: [
        { career: { equals: career } },
        { skill: { equals: skill } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    limit: 1,
    depth: 0,
    select: { title: true },
    overrideAccess: true,
    req,
  })
  if (existing.docs.length === 0) return data

  throw new ValidationError({
    collection: collection.slug,
    errors: [
      {
        path: 'skill',
        message: `This career and skill already have an evidence page ("${existing.docs[0].title}", id ${existing.docs[0].id}). Edit that one instead.`,
      },
    ],
    req,
  })
}
