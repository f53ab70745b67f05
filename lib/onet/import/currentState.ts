import type { PayloadRequest } from 'payload'

import { normaliseTerm } from '../../search/normalise'

/** An imported document as readers see it now. */
export type Existing = {
  id: string
  slug: string
  checksums: Record<string, string>
  /**
   * An editor saved a draft of it that is not published yet. An import must not build on that draft:
   * publishing the import would publish the editor's unreviewed change with it.
   */
  editorialDraft: boolean
}

/** What the database holds that an import must know to write only what changed. */
export type CurrentState = {
  careersByCode: Map<string, Existing>
  skillsByKey: Map<string, Existing>
  /** Curated skills by every normalised name they go by: technologies matching them are not added. */
  curatedSkillsByKey: Map<string, string>
  takenCareerSlugs: Set<string>
  takenSkillSlugs: Set<string>
}

type Doc = Record<string, unknown> & { id: string | number; slug?: string | null; _status?: string | null }
type OnetPart = { code?: string; key?: string; checksums?: Record<string, string> } | null

type Collection = 'careers' | 'skills'

const find = async (
  req: PayloadRequest,
  collection: Collection,
  args: { draft: boolean; select: Record<string, unknown>; onlyImported?: boolean },
) => {
  const { docs } = await req.payload.find({
    collection,
    where: args.onlyImported ? { origin: { equals: 'onet' } } : {},
    select: args.select,
    draft: args.draft,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs as unknown as Doc[]
}

/** Ids of imported documents whose newest version is a draft someone (not an import) saved. */
const withEditorialDrafts = async (req: PayloadRequest, collection: Collection): Promise<Set<string>> => {
  const latest = await find(req, collection, { draft: true, onlyImported: true, select: { changedBy: true } })
  return new Set(
    latest.filter((doc) => doc._status === 'draft' && doc.changedBy).map((doc) => String(doc.id)),
  )
}

/**
 * Reads every career and skill once as published, and the newest version of the imported ones, keeping
 * only what the plan needs: keys, fingerprints, slugs and curated names. Four queries whatever the size.
 */
export const loadCurrentState = async (req: PayloadRequest): Promise<CurrentState> => {
  const [careers, skills, careerDrafts, skillDrafts] = await Promise.all([
    find(req, 'careers', {
      draft: false,
      select: { slug: true, origin: true, onet: { code: true, checksums: true } },
    }),
    find(req, 'skills', {
      draft: false,
      select: { slug: true, origin: true, name: true, aliases: true, onet: { key: true, checksums: true } },
    }),
    withEditorialDrafts(req, 'careers'),
    withEditorialDrafts(req, 'skills'),
  ])
  const existing = (doc: Doc, onet: OnetPart, drafts: Set<string>): Existing => ({
    id: String(doc.id),
    slug: doc.slug ?? '',
    checksums: onet?.checksums ?? {},
    editorialDraft: drafts.has(String(doc.id)),
  })
  const state: CurrentState = {
    careersByCode: new Map(),
    skillsByKey: new Map(),
    curatedSkillsByKey: new Map(),
    takenCareerSlugs: new Set(careers.map((doc) => doc.slug ?? '').filter(Boolean)),
    takenSkillSlugs: new Set(skills.map((doc) => doc.slug ?? '').filter(Boolean)),
  }
  for (const doc of careers) {
    const onet = doc.onet as OnetPart
    if (doc.origin === 'onet' && onet?.code)
      state.careersByCode.set(onet.code, existing(doc, onet, careerDrafts))
  }
  for (const doc of skills) {
    const onet = doc.onet as OnetPart
    if (doc.origin === 'onet' && onet?.key) {
      state.skillsByKey.set(onet.key, existing(doc, onet, skillDrafts))
      continue
    }
    const names = [
      doc.name,
      ...((doc.aliases as { name?: string }[] | null) ?? []).map((alias) => alias.name),
    ]
    for (const name of names) {
      const key = typeof name === 'string' ? normaliseTerm(name) : ''
      if (key) state.curatedSkillsByKey.set(key, String(doc.id))
    }
  }
  return state
}
