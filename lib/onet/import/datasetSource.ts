import type { PayloadRequest } from 'payload'

import type { OnetRelease } from '../release/types'
import { ImportRefused } from './importRefused'
import { IMPORT_CONTEXT } from './writeChanges'

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** "February 2025 Release" → 2025-02-01; null when the label says no month and year. */
export const releaseDateOf = (releaseLabel: string): { year: number; date: string } | null => {
  const match = /(\w+)\s+(\d{4})/.exec(releaseLabel)
  const month = match ? MONTHS.indexOf(match[1]) : -1
  if (!match || month < 0) return null
  return {
    year: Number(match[2]),
    date: `${match[2]}-${String(month + 1).padStart(2, '0')}-01T00:00:00.000Z`,
  }
}

export const datasetTitle = (version: string) => `O*NET ${version} Database`

/**
 * The release as a citable source of type government dataset, found by its title or created; its
 * details come from the release's own Read Me, so it is recorded as checked against it. Its address
 * is the one the Read Me gives for this release alone: each release is its own work, and sources are
 * one record per address, so the page every release links to cannot stand for any of them.
 */
export const ensureDatasetSource = async ({
  req,
  release,
  publish,
}: {
  req: PayloadRequest
  release: Pick<OnetRelease, 'version' | 'releaseLabel' | 'releaseUrl'>
  publish: boolean
}): Promise<{ id: string; created: boolean }> => {
  const title = datasetTitle(release.version)
  const { docs } = await req.payload.find({
    collection: 'sources',
    where: { title: { equals: title } },
    draft: true,
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (docs[0]) return { id: String(docs[0].id), created: false }
  if (!release.releaseUrl) {
    throw new ImportRefused(
      `The Read Me of ${title} gives no address for this release alone (29.2's gives https://www.onetcenter.org/dictionary/29.2/text/). Record the release as a source titled "${title}", with its own address, and run the import again.`,
    )
  }
  const released = releaseDateOf(release.releaseLabel)
  const doc = await req.payload.create({
    collection: 'sources',
    draft: !publish,
    data: {
      _status: publish ? 'published' : 'draft',
      title,
      authors: [{ name: 'U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)' }],
      venue: 'O*NET Resource Center',
      year: released?.year ?? new Date().getUTCFullYear(),
      publishedDate: released?.date,
      url: release.releaseUrl,
      licence: 'CC BY 4.0 (https://www.onetcenter.org/license_db.html)',
      provenance: {
        sourceType: 'government-dataset',
        studyDesign: 'occupational-database',
        sampleDescription: 'Occupations of the O*NET-SOC taxonomy; each figure names how it was obtained.',
      },
      verification: {
        status: 'verified',
        note: `Title, release (${release.releaseLabel}), licence and address as stated in the release's Read Me.txt.`,
      },
    },
    overrideAccess: true,
    context: IMPORT_CONTEXT,
    depth: 0,
    req,
  })
  return { id: String(doc.id), created: true }
}
