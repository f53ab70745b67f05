import type { Payload, TypedUser } from 'payload'

import { JOB_FAMILIES } from '../../onet/jobFamilies'
import { describe } from '../../site/metadata'
import { paths } from '../../site/paths'
import { isReadyCareer } from '../graph/readiness'
import type { JobFamilyLink } from '../onetTypes'
import { countPublished, findPublishedPage } from '../read/findPublished'
import { SELECT } from '../read/selects'
import { toJobFamilyLink } from '../shape/occupation'
import { toCareerLink } from '../shape/catalogue'
import type { CareerLink } from '../types'

export const CAREERS_PER_FAMILY_PAGE = 50

export type FamilyCount = JobFamilyLink & { careers: number }

/** Every job family with the number of published careers in it, in SOC order; empty families left out. */
export const loadFamilies = async ({ payload }: { payload: Payload }): Promise<FamilyCount[]> => {
  // One count per SOC major group: 23 indexed counts, whatever the number of careers.
  const counted = await Promise.all(
    Object.keys(JOB_FAMILIES).map(async (code) => ({
      link: toJobFamilyLink(code),
      careers: await countPublished({
        payload,
        collection: 'careers',
        where: { 'onet.jobFamily': { equals: code } },
      }),
    })),
  )
  return counted.flatMap(({ link, careers }) => (link && careers > 0 ? [{ ...link, careers }] : []))
}

export type FamilyPageView = {
  family: JobFamilyLink
  page: number
  totalPages: number
  totalCareers: number
  careers: (CareerLink & { code: string; description: string | null })[]
  previous: string | null
  next: string | null
}

/** One page of a job family's careers by title, in one query; null for an unknown family or page. */
export const loadFamilyPage = async ({
  payload,
  family,
  page,
  viewer,
}: {
  payload: Payload
  family: string
  page: number
  viewer?: TypedUser | null
}): Promise<FamilyPageView | null> => {
  const link = toJobFamilyLink(family)
  if (!link || !Number.isInteger(page) || page < 1) return null
  const { docs, totalDocs } = await findPublishedPage({
    payload,
    viewer,
    collection: 'careers',
    where: { 'onet.jobFamily': { equals: family } },
    select: { ...SELECT.careerListing, onet: { code: true, jobFamily: true, description: true } },
    sort: 'title',
    limit: CAREERS_PER_FAMILY_PAGE,
    page,
  })
  const totalPages = Math.max(1, Math.ceil(totalDocs / CAREERS_PER_FAMILY_PAGE))
  if (page > totalPages) return null
  return {
    family: link,
    page,
    totalPages,
    totalCareers: totalDocs,
    careers: docs.filter(isReadyCareer).map((career) => ({
      ...toCareerLink(career),
      code: career.onet?.code ?? '',
      description: career.onet?.description ? describe(career.onet.description, 200) : null,
    })),
    previous: page > 1 ? paths.family(family, page - 1) : null,
    next: page < totalPages ? paths.family(family, page + 1) : null,
  }
}
