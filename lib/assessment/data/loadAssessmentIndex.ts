import type { Payload } from 'payload'

/** One published assessment as the index lists it. */
export type AssessmentListing = {
  slug: string
  title: string
  kind: 'matching' | 'skill-level'
  summary: string
  estimatedMinutes: number
  questions: number
  updatedAt: string
}

/** Every published assessment, in one query: what the /assessments index and the sitemap list. */
export const loadAssessmentIndex = async ({
  payload,
}: {
  payload: Payload
}): Promise<AssessmentListing[]> => {
  const { docs } = await payload.find({
    collection: 'assessments',
    where: { _status: { equals: 'published' } },
    select: {
      title: true,
      slug: true,
      kind: true,
      summary: true,
      estimatedMinutes: true,
      items: true,
      updatedAt: true,
    },
    sort: 'title',
    depth: 0,
    pagination: false,
    overrideAccess: false,
  })
  return docs.flatMap((doc) =>
    doc.slug
      ? [
          {
            slug: doc.slug,
            title: doc.title,
            kind: doc.kind,
            summary: doc.summary,
            estimatedMinutes: doc.estimatedMinutes,
            questions: doc.items?.length ?? 0,
            updatedAt: doc.updatedAt,
          },
        ]
      : [],
  )
}
