import type { Payload, TypedUser } from 'payload'

import type { Career } from '../../../payload-types'
import { type LegendEntry, legendFor } from '../../evidence/flags'
import { careerIsIndexable } from '../../site/indexing'
import { paths } from '../../site/paths'
import { loadGraph } from '../graph/loadGraph'
import { loadOccupation } from '../graph/loadOccupation'
import { isReadyCareer, isReadyShownCareer, readyPages } from '../graph/readiness'
import type { DatasetView, OccupationView } from '../onetTypes'
import { findPublished, findPublishedByIds } from '../read/findPublished'
import { idOf, idsOf } from '../read/ids'
import { loadOnetDataset } from '../read/onetDataset'
import { CAREER_PAGE_SELECT, SELECT } from '../read/selects'
import { toCareerLink, toCareerSummary, toEvidenceLink } from '../shape/catalogue'
import type { CareerLink, CareerSummary, EvidenceLink } from '../types'

export type CareerPageView = {
  title: string
  href: string
  /** What editors wrote; null for an occupation imported from O*NET. */
  curated: { career: CareerSummary; related: CareerLink[] } | null
  pages: EvidenceLink[]
  /** The O*NET facts: the career's own when it is an occupation, else those of the occupation it specialises. */
  occupation: OccupationView | null
  /** Curated careers on this site that specialise this occupation. */
  specialisations: CareerLink[]
  /** The release the facts come from, with its attribution; null when the page shows none. */
  dataset: DatasetView | null
  /** What the flags at the page's citations (its demand's) mean. */
  flagLegend: LegendEntry[]
  indexable: boolean
  updatedAt: string
}

type LoadArgs = { payload: Payload; careerSlug: string; viewer?: TypedUser | null }

/** The occupation whose facts the page shows: the career itself, or the published one it specialises. */
const occupationOf = async ({
  payload,
  viewer,
  career,
}: {
  payload: Payload
  viewer?: TypedUser | null
  career: Career
}) => {
  if (career.origin === 'onet') return career
  const id = idOf(career.occupation)
  if (!id) return undefined
  const linked = (
    await findPublishedByIds({ payload, viewer, collection: 'careers', ids: [id], select: SELECT.occupation })
  ).get(id)
  return linked?.origin === 'onet' && isReadyCareer(linked) ? linked : undefined
}

/**
 * A career with its evidence pages and O*NET facts, or null when it is unpublished or not ready.
 * A fixed number of queries whatever the catalogue holds: the career, its evidence pages and what
 * they cite (`loadGraph`), its occupation, that occupation's related careers and technologies (one
 * `in` query each), the curated careers that specialise it, and the dataset it comes from.
 */
export const loadCareerPage = async ({
  payload,
  careerSlug,
  viewer,
}: LoadArgs): Promise<CareerPageView | null> => {
  const [career] = await findPublished({
    payload,
    viewer,
    collection: 'careers',
    where: { slug: { equals: careerSlug } },
    select: CAREER_PAGE_SELECT,
  })
  if (!isReadyCareer(career)) return null
  const curated = career.origin !== 'onet'

  const [graph, occupationDoc, specialising, dataset] = await Promise.all([
    loadGraph({
      payload,
      viewer,
      pagesWhere: { career: { equals: career.id } },
      careerIds: idsOf(career.relatedCareers),
      skillIds: (career.skillClusters ?? []).flatMap((cluster) => idsOf(cluster.skills)),
      preloaded: { careers: [career] },
    }),
    occupationOf({ payload, viewer, career }),
    curated
      ? []
      : findPublished({
          payload,
          viewer,
          collection: 'careers',
          where: { occupation: { equals: career.id } },
          select: SELECT.careerListing,
        }),
    loadOnetDataset({ payload, viewer }),
  ])
  if (curated && !isReadyShownCareer(career, graph)) return null
  const summary = curated ? toCareerSummary(career, graph) : null
  const demandCitation = summary?.demand?.citation
  const occupation = occupationDoc
    ? await loadOccupation({ payload, viewer, occupation: occupationDoc })
    : null

  return {
    title: career.title,
    href: paths.career(career.slug ?? ''),
    curated: summary
      ? {
          career: summary,
          related: idsOf(career.relatedCareers)
            .map((id) => graph.careers.get(id))
            .filter(isReadyCareer)
            .map(toCareerLink),
        }
      : null,
    pages: readyPages(graph)
      .map(toEvidenceLink)
      .sort((a, b) => a.skill.name.localeCompare(b.skill.name)),
    occupation,
    specialisations: specialising
      .filter(isReadyCareer)
      .map(toCareerLink)
      .sort((a, b) => a.title.localeCompare(b.title)),
    dataset: occupation ? dataset : null,
    flagLegend: legendFor(demandCitation?.kind === 'finding' ? [demandCitation.finding.source.flags] : []),
    indexable: careerIsIndexable(career),
    updatedAt: career.updatedAt,
  }
}
