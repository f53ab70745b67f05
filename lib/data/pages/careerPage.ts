import type { Payload, TypedUser } from 'payload'

import type { Career } from '../../../payload-types'
import { type LegendEntry, legendFor } from '../../evidence/flags'
import { careerIsIndexable } from '../../site/indexing'
import { paths } from '../../site/paths'
import { loadGraph } from '../graph/loadGraph'
import { loadOccupation } from '../graph/loadOccupation'
import { isReadyCareer, isReadyShownCareer } from '../graph/readiness'
import type { DatasetView, OccupationView } from '../onetTypes'
import { findPublished, findPublishedByIds } from '../read/findPublished'
import { idOf, idsOf } from '../read/ids'
import { loadOnetDataset } from '../read/onetDataset'
import { CAREER_PAGE_SELECT, SELECT } from '../read/selects'
import { toCareerLink, toCareerSummary } from '../shape/catalogue'
import type { CareerLink, CareerSummary } from '../types'
import { type EvidenceListView, evidenceWindow, toEvidenceList } from './evidenceList'

export type CareerPageView = {
  title: string
  slug: string
  href: string
  /** What editors wrote; null for an occupation imported from O*NET. */
  curated: { career: CareerSummary; related: CareerLink[] } | null
  /** The page of its evidence pages asked for (the first on the career's own page). */
  evidence: EvidenceListView
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

type LoadArgs = {
  payload: Payload
  careerSlug: string
  /** Which page of its evidence pages to list; page 1 is the career's own page. */
  page?: number
  viewer?: TypedUser | null
}

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
 * A career with one page of its evidence pages and its O*NET facts, or null when it is unpublished,
 * not ready, or has no such page of evidence. A fixed number of queries whatever the catalogue holds,
 * each bounded: the career, a window of its evidence pages with their count and what they cite
 * (`loadGraph`), its occupation, that occupation's related careers and technologies (one `in` query
 * each), the curated careers that specialise it, and the dataset it comes from.
 */
export const loadCareerPage = async ({
  payload,
  careerSlug,
  page = 1,
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
      pages: [evidenceWindow({ career: { equals: career.id } }, page)],
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
  const evidence = toEvidenceList({
    graph,
    page,
    hrefOf: (number) => paths.careerEvidence(career.slug ?? '', number),
  })
  if (!evidence) return null
  const summary = curated ? toCareerSummary(career, graph) : null
  const demandCitation = summary?.demand?.citation
  const occupation = occupationDoc
    ? await loadOccupation({ payload, viewer, occupation: occupationDoc })
    : null

  return {
    title: career.title,
    slug: career.slug ?? '',
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
    evidence,
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
