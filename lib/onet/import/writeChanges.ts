import type { PayloadRequest } from 'payload'

import type { CareerFacts } from './careerFacts'
import type { Change } from './plan'
import type { SkillFacts } from './skillFacts'

/** Hooks skip per-document work that the import does once for the batch (audit, cache expiry). */
export const IMPORT_CONTEXT = {
  disableRevalidate: true,
  workflowSystem: true,
  workflowBatch: 'import',
  importing: true,
}

type WriteArgs<Facts> = {
  req: PayloadRequest
  changes: Change<Facts>[]
  importRun: string
  /** Review mode writes drafts that go live when the run is approved; trusted mode publishes at once. */
  publish: boolean
  onWritten?: (done: number) => void
}

const write = async ({
  req,
  collection,
  change,
  data,
  publish,
}: {
  req: PayloadRequest
  collection: 'careers' | 'skills'
  change: Change<unknown>
  data: Record<string, unknown>
  publish: boolean
}): Promise<string> => {
  const common = {
    collection,
    draft: !publish,
    depth: 0,
    select: { slug: true },
    overrideAccess: true,
    context: IMPORT_CONTEXT,
    req,
  } as const
  const withStatus = { ...data, _status: publish ? 'published' : 'draft' }
  // The collection is chosen at run time, so Payload cannot check the data's type here.
  const doc = change.id
    ? await req.payload.update({ ...common, id: change.id, data: withStatus as never })
    : await req.payload.create({ ...common, data: { ...withStatus, origin: 'onet' } as never })
  return String(doc.id)
}

/** Creates and updates technology skills; returns the id of each, by normalised name. */
export const writeSkills = async ({
  req,
  changes,
  importRun,
  publish,
  onWritten,
}: WriteArgs<SkillFacts['onet'] & { name: string }>): Promise<Map<string, string>> => {
  const ids = new Map<string, string>()
  for (const [index, change] of changes.entries()) {
    const { name, ...onet } = change.facts
    const data = { name, slug: change.slug, kind: 'technology', onet: { ...onet, importRun } }
    ids.set(change.key, await write({ req, collection: 'skills', change, data, publish }))
    onWritten?.(index + 1)
  }
  return ids
}

/** Creates and updates the careers of a release's occupations. */
export const writeCareers = async ({
  req,
  changes,
  importRun,
  publish,
  onWritten,
}: WriteArgs<CareerFacts & { title: string }>): Promise<void> => {
  for (const [index, change] of changes.entries()) {
    const { title, ...onet } = change.facts
    const data = {
      title,
      slug: change.slug,
      taxonomy: { onetSoc: onet.code, onetTitle: title },
      onet: { ...onet, importRun },
    }
    await write({ req, collection: 'careers', change, data, publish })
    onWritten?.(index + 1)
  }
}
