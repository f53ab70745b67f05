import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '../data/read/ids'
import { RATING_KEYS } from '../evidence/model'
import { occupationFactsOf } from '../onet/occupationFacts'
import { asPublishedView, type AsPublishedLoader } from './asPublished'
import { dependenciesOf } from './dependencies'
import { draftDependencyIssues } from './draftDependencies'
import { checkReadiness, hasReadinessSchema, type ReadinessResult } from './index'

type LoadArgs = {
  payload: Payload
  req?: PayloadRequest
  collection: string
  /** The document as it would be saved: relationships as ids or loaded documents. */
  data: Record<string, unknown>
  /** Documents published together with this one (a review bundle): their newest drafts count as live. */
  bundle?: { collection: string; id: string }[]
}

type Doc = Record<string, unknown>

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])

const idList = (values: unknown[]) => values.map(idOf).filter((id): id is string => Boolean(id))

/** Findings as a page cites them: each with its source, both as readers would see them. */
const loadFindings = async (view: AsPublishedLoader, values: unknown[]) => {
  const findings = await view('findings', idList(values))
  const sources = await view('sources', idList([...findings.values()].map((finding) => finding.source)))
  return new Map(
    [...findings].map(([id, finding]) => [
      id,
      { ...finding, source: sources.get(idOf(finding.source) ?? '') },
    ]),
  )
}

const hydrate = async (view: AsPublishedLoader, { collection, data }: LoadArgs): Promise<Doc> => {
  const pick = (map: Map<string, unknown>, value: unknown) => map.get(idOf(value) ?? '')

  if (collection === 'findings') {
    const sources = await view('sources', idList([data.source]))
    return { ...data, source: pick(sources, data.source) }
  }
  if (collection === 'careers') {
    const demand = data.demandBasis as { finding?: unknown } | null | undefined
    if (!demand?.finding) return data
    const findings = await loadFindings(view, [demand.finding])
    return { ...data, demandBasis: { ...demand, finding: pick(findings, demand.finding) } }
  }
  if (collection === 'faqs') {
    const findings = await loadFindings(view, asArray(data.citedFindings))
    return { ...data, citedFindings: asArray(data.citedFindings).map((value) => pick(findings, value)) }
  }
  if (collection === 'career-skills') {
    const ratingFindings = RATING_KEYS.map(
      (name) => (data[name] as { finding?: unknown } | undefined)?.finding,
    )
    const [findings, careers, skills] = await Promise.all([
      loadFindings(view, [
        ...asArray(data.headlineFindings),
        ...asArray(data.findings),
        ...asArray(data.contextFindings),
        ...ratingFindings,
      ]),
      view('careers', idList([data.career])),
      view('skills', idList([data.skill])),
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
    // A curated career's O*NET facts are its occupation's, which the view leaves as an id.
    const occupations = await view('careers', idList([career?.occupation]))
    return {
      ...data,
      ...ratings,
      career,
      skill: pick(skills, data.skill),
      occupationFacts: occupationFactsOf(career, occupations as never),
      headlineFindings: asArray(data.headlineFindings).map((value) => pick(findings, value)),
      findings: asArray(data.findings).map((value) => pick(findings, value)),
      contextFindings: asArray(data.contextFindings).map((value) => pick(findings, value)),
    }
  }
  return data
}

/** The dependencies the hydrated document could not find among live (or bundled) documents. */
const unresolved = (args: LoadArgs, hydrated: Doc) =>
  dependenciesOf({ collection: args.collection, doc: args.data }).filter(({ path }) => {
    const value = path.split('.').reduce<unknown>((at, key) => (at as Doc | undefined)?.[key], hydrated)
    return value === undefined || value === null
  })

/**
 * The readiness checklist for a document about to be saved, with what it cites loaded as readers would
 * see it (or will, once the bundle it is reviewed in goes live). A citation of a draft says so and how
 * to fix it, instead of reading as if nothing were cited.
 */
export const checkDocumentReadiness = async (args: LoadArgs): Promise<ReadinessResult> => {
  if (!hasReadinessSchema(args.collection)) return { ready: true, issues: [] }
  const view = asPublishedView(args)
  const hydrated = await hydrate(view, args)
  const result = checkReadiness(args.collection, hydrated)
  const missing = unresolved(args, hydrated)
  if (missing.length === 0) return result
  const drafts = await draftDependencyIssues({ ...args, missing })
  const explained = (path: string) =>
    drafts.some((draft) => path === draft.path || path.startsWith(`${draft.path}.`))
  const issues = [...drafts, ...result.issues.filter((issue) => !explained(issue.path))]
  return { ready: issues.length === 0, issues }
}
