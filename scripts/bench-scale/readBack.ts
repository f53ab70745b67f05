import { isDeepStrictEqual } from 'node:util'

import type { Payload } from 'payload'

import { loadEvidencePage } from '../../lib/data/pages/evidencePage'

/** What differs between a page and the demo page it copies by design: who it is and when. */
const OWN = new Set(['id', 'title', 'career', 'skill', 'createdAt', 'updatedAt'])

/** A document as the Local API returns it, without what is its own (array items' ids included). */
const comparable = (value: unknown, top = true): unknown => {
  if (Array.isArray(value)) return value.map((item) => comparable(item, false))
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !(top ? OWN.has(key) : key === 'id'))
      .map(([key, inner]) => [key, comparable(inner, false)]),
  )
}

type Pair = { synthetic: string; template: string }

const read = (payload: Payload, id: string, draft: boolean) =>
  payload.findByID({ collection: 'career-skills', id, depth: 0, draft, overrideAccess: false })

/**
 * Checks that pages written as rows read back through Payload exactly as the demo page each copies:
 * as a reader sees them (published), as the newest version (drafts), in the version history, and as
 * a ready evidence page. Throws on the first difference.
 */
export const checkReadBack = async ({ payload, pairs }: { payload: Payload; pairs: Pair[] }) => {
  for (const { synthetic, template } of pairs) {
    for (const draft of [false, true]) {
      const [copy, original] = await Promise.all([
        read(payload, synthetic, draft),
        read(payload, template, draft),
      ])
      if (!isDeepStrictEqual(comparable(copy), comparable(original))) {
        throw new Error(`Synthetic page ${synthetic} reads back unlike ${template} (draft: ${draft}).`)
      }
    }
    const versions = await payload.findVersions({
      collection: 'career-skills',
      where: { parent: { equals: synthetic } },
      depth: 0,
    })
    if (versions.totalDocs !== 1 || !versions.docs[0]?.latest) {
      throw new Error(`Synthetic page ${synthetic} has ${versions.totalDocs} versions, not one latest.`)
    }
    const page = await payload.findByID({ collection: 'career-skills', id: synthetic, depth: 1 })
    const career = page.career as { slug?: string }
    const skill = page.skill as { slug?: string }
    const view = await loadEvidencePage({
      payload,
      careerSlug: career.slug ?? '',
      skillSlug: skill.slug ?? '',
    })
    if (!view) throw new Error(`Synthetic page ${synthetic} is not a ready evidence page.`)
  }
}
