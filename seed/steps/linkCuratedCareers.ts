import type { Payload } from 'payload'

import { SEED_CONTEXT } from '../context'

/**
 * Each curated career specialises an O*NET occupation: its page shows that occupation's facts. A
 * career an editor already linked is left alone; one whose code matches no occupation stays unlinked.
 */
export const linkCuratedCareers = async (payload: Payload): Promise<number> => {
  const [{ docs: curated }, { docs: occupations }] = await Promise.all([
    payload.find({
      collection: 'careers',
      where: { and: [{ origin: { not_equals: 'onet' } }, { occupation: { exists: false } }] },
      select: { taxonomy: true },
      depth: 0,
      pagination: false,
    }),
    payload.find({
      collection: 'careers',
      where: { origin: { equals: 'onet' } },
      select: { onet: { code: true } },
      depth: 0,
      pagination: false,
    }),
  ])
  const byCode = new Map(occupations.map((doc) => [doc.onet?.code ?? '', String(doc.id)]))
  let linked = 0
  for (const career of curated) {
    const occupation = byCode.get(career.taxonomy?.onetSoc ?? '')
    if (!occupation) continue
    await payload.update({
      collection: 'careers',
      id: career.id,
      data: { occupation },
      context: SEED_CONTEXT,
      depth: 0,
    })
    linked += 1
  }
  return linked
}
