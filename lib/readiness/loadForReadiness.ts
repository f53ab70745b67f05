import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '../data/read/ids'
import { RATING_KEYS } from '../evidence/model'
import { occupationFactsOf } from '../onet/occupationFacts'
import { checkReadiness, hasReadinessSchema, type ReadinessResult } from './index'

type LoadArgs = {
  payload: Payload
  req?: PayloadRequest
  collection: string
  /** The document as it would be saved: relationships as ids or loaded documents. */
  data: Record<string, unknown>
}

/**
 * Loads what a document cites, as a reader would see it: only published documents count, so a page
 * cannot go live pointing at a finding that is still a draft.
 */
const loadPublished = async (
  { payload, req }: Pick<LoadArgs, 'payload' | 'req'>,
  collection: 'findings' | 'sources' | 'careers' | 'skills',
  values: unknown[],
) => {
  const ids = values.map(idOf).filter((id): id is string => Boolean(id))
  if (ids.length === 0) return new Map<string, unknown>()
  const { docs } = await payload.find({
    collection,
    where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
    depth: 1,
    limit: ids.length,
    pagination: false,
    req,
  })
  return new Map<string, unknown>(docs.map((doc) => [String(doc.id), doc]))
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])

const hydrate = async (args: LoadArgs): Promise<Record<string, unknown>> => {
  const { collection, data } = args
  const pick = (map: Map<string, unknown>, value: unknown) => map.get(idOf(value) ?? '')

  if (collection === 'findings') {
    const sources = await loadPublished(args, 'sources', [data.source])
    return { ...data, source: pick(sources, data.source) }
  }
  if (collection === 'careers') {
    const demand = data.demandBasis as { finding?: unknown } | null | undefined
    if (!demand?.finding) return data
    const findings = await loadPublished(args, 'findings', [demand.finding])
    return { ...data, demandBasis: { ...demand, finding: pick(findings, demand.finding) } }
  }
  if (collection === 'faqs') {
    const findings = await loadPublished(args, 'findings', asArray(data.citedFindings))
    return { ...data, citedFindings: asArray(data.citedFindings).map((value) => pick(findings, value)) }
  }
  if (collection === 'career-skills') {
    const ratingFindings = RATING_KEYS.map(
      (name) => (data[name] as { finding?: unknown } | undefined)?.finding,
    )
    const [findings, careers, skills] = await Promise.all([
      loadPublished(args, 'findings', [
        ...asArray(data.headlineFindings),
        ...asArray(data.findings),
        ...asArray(data.contextFindings),
        ...ratingFindings,
      ]),
      loadPublished(args, 'careers', [data.career]),
      loadPublished(args, 'skills', [data.skill]),
    ])
    const ratings = Object.fromEntries(
      RATING_KEYS.map((name) => {
        const value = data[name] as { finding?: unknown } | undefined
        return [
          name,
          value && { ...value, finding: value.finding ? pick(findings, value.finding) : undefined },
        ]
      }),
    )
    const career = pick(careers, data.career) as Parameters<typeof occupationFactsOf>[0]
    return {
      ...data,
      ...ratings,
      career,
      skill: pick(skills, data.skill),
      occupationFacts: occupationFactsOf(career),
      headlineFindings: asArray(data.headlineFindings).map((value) => pick(findings, value)),
      findings: asArray(data.findings).map((value) => pick(findings, value)),
      contextFindings: asArray(data.contextFindings).map((value) => pick(findings, value)),
    }
  }
  return data
}

/** The readiness checklist for a document about to be saved, with what it cites loaded. */
export const checkDocumentReadiness = async (args: LoadArgs): Promise<ReadinessResult> => {
  if (!hasReadinessSchema(args.collection)) return { ready: true, issues: [] }
  return checkReadiness(args.collection, await hydrate(args))
}
