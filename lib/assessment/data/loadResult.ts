import type { Payload } from 'payload'

import type { Finding } from '../../../payload-types'
import type { DatasetView } from '../../data/onetTypes'
import { isReadySource } from '../../data/graph/readiness'
import { idOf } from '../../data/read/ids'
import { loadOnetDataset } from '../../data/read/onetDataset'
import { toFindingView } from '../../data/shape/finding'
import type { FindingView } from '../../data/types'
import { type LegendEntry, legendFor } from '../../evidence/flags'
import { describeProfile, type ProfileReading } from '../interests/describeProfile'
import { riasecScoresFrom } from '../interests/riasec'
import type { StoredMatching } from '../matching/zonedMatches'
import type { Recommendation } from '../recommend/types'
import type { StoredResult } from '../result/storedResult'
import type { PlacedScore } from '../scoring/placeScores'
import { type DimensionScales, scaleParts } from '../scoring/scaleParts'
import { assessSkillLevel, type SkillLevelResult } from '../skillLevel/assessSkillLevel'
import type { Answers } from '../submit/answersSchema'
import { type LoadedAssessment, loadAssessment } from './loadAssessment'
import { type PreviousAttempt, previousAttempt } from './previousAttempt'

export type ResultView = LoadedAssessment & {
  resultId: string
  takenAt: string
  placed: Record<string, PlacedScore>
  recommendations: (Recommendation & { finding: FindingView | null })[]
  /** What the flags at the recommendations' citations mean. */
  flagLegend: LegendEntry[]
  /** Likert and rubric items of each dimension, each summarised on its own scale. */
  scales: Record<string, DimensionScales>
  /** A matching instrument's plain reading of the interest profile; null for other instruments. */
  reading: ProfileReading | null
  /** A skill-level instrument's levels, next anchors and the reader's evidence notes; null otherwise. */
  skillLevel: SkillLevelResult | null
  /**
   * A matching instrument's O*NET matches as stored at submit ('not-stored' for a result stored before
   * matching existed); null for other instruments.
   */
  matching: StoredMatching | { status: 'not-stored' } | null
  /** The O*NET release the matches cite (its source page), when one is published. */
  dataset: DatasetView | null
  /** The attempt this one retakes, to show what changed; null for a first attempt. */
  previous: PreviousAttempt | null
}

/** The one citation path of the site: a finding with its source's citation and flags. */
const toCited = (finding: Finding): FindingView | null => {
  const source = finding.source
  if (!source || typeof source !== 'object' || !isReadySource(source)) return null
  return toFindingView({ ...finding, source })
}

/**
 * One result by its unguessable id, read as the reader: the id, passed as request context, is the
 * only thing that grants access to a response. The findings cited beside recommendations are read
 * as a reader would (published only).
 */
export const loadResult = async ({
  payload,
  slug,
  resultId,
}: {
  payload: Payload
  slug: string
  resultId: string
}): Promise<ResultView | null> => {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(resultId)) return null
  const loaded = await loadAssessment({ payload, slug })
  if (!loaded) return null
  const { docs } = await payload.find({
    collection: 'assessment-responses',
    where: {
      and: [
        { resultId: { equals: resultId } },
        { assessment: { equals: loaded.instrument.id } },
        { sample: { equals: 'live' } },
      ],
    },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    context: { resultId },
  })
  const response = docs[0]
  if (!response) return null
  const stored = response.recommendations as StoredResult
  const findingIds = stored.items.map((item) => item.findingId)
  const { instrument } = loaded
  const matchingKind = instrument.kind === 'matching'
  const retakeOf = idOf(response.retakeOf)
  const [findings, dataset, previous] = await Promise.all([
    findingIds.length
      ? payload
          .find({
            collection: 'findings',
            where: { and: [{ id: { in: findingIds } }, { _status: { equals: 'published' } }] },
            depth: 1,
            pagination: false,
            overrideAccess: false,
          })
          .then(({ docs: found }) => found)
      : [],
    matchingKind ? loadOnetDataset({ payload }) : null,
    retakeOf ? previousAttempt({ payload, instrument, responseId: retakeOf }) : null,
  ])
  const cited = new Map(findings.map((finding) => [String(finding.id), toCited(finding)]))
  const recommendations = stored.items.map((item) => ({
    ...item,
    finding: cited.get(item.findingId) ?? null,
  }))
  const answers = response.answers as Answers
  const interests = riasecScoresFrom(stored.placed)
  return {
    ...loaded,
    resultId,
    takenAt: response.createdAt,
    placed: stored.placed,
    recommendations,
    flagLegend: legendFor(recommendations.flatMap(({ finding }) => (finding ? [finding.source.flags] : []))),
    scales: scaleParts(instrument, answers),
    reading: matchingKind && interests ? describeProfile(interests) : null,
    skillLevel: instrument.kind === 'skill-level' ? assessSkillLevel(instrument, answers) : null,
    matching: matchingKind ? (stored.matching ?? { status: 'not-stored' }) : null,
    dataset,
    previous,
  }
}
