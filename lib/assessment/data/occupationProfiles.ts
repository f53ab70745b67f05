import type { Payload } from 'payload'

import { type OccupationProfile, occupationProfileFromCareer } from '../matching/occupationProfile'

/**
 * How long the profiles read for matching are reused while no new import is approved: the bound on
 * how long an editor's retitling or unpublishing of an occupation takes to reach new results.
 */
export const PROFILES_CACHE_MS = 5 * 60 * 1000

let cached: { key: string; at: number; profiles: Promise<OccupationProfile[]> } | null = null

/**
 * The newest import whose facts readers see (approved by a reviewer, or the demo's trusted load):
 * the profiles change only when it does. Import records are staff-only, so this internal lookup reads
 * past access control; it returns nothing but an id and a time.
 */
const latestImportKey = async (payload: Payload): Promise<string> => {
  const { docs } = await payload.find({
    collection: 'imports',
    where: { status: { in: ['approved', 'trusted'] } },
    select: { updatedAt: true },
    sort: '-updatedAt',
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  return docs[0] ? `${docs[0].id}@${docs[0].updatedAt}` : 'none'
}

const readProfiles = async (payload: Payload): Promise<OccupationProfile[]> => {
  const { docs } = await payload.find({
    collection: 'careers',
    where: {
      and: [
        { origin: { equals: 'onet' } },
        { 'onet.interests.realistic': { exists: true } },
        { _status: { equals: 'published' } },
      ],
    },
    select: { title: true, slug: true, onet: { code: true, interests: true, jobZone: { zone: true } } },
    depth: 0,
    pagination: false,
    overrideAccess: false,
  })
  return docs.flatMap((doc) => occupationProfileFromCareer(doc) ?? [])
}

/**
 * Every published O*NET occupation with an interest profile (923 in release 29.2), as the matcher
 * needs them: one query, kept in this process under the newest approved import, so an approval in any
 * process reaches the next submission, and re-read at least every `PROFILES_CACHE_MS`. Concurrent
 * submissions share one read.
 */
export const occupationProfiles = async ({ payload }: { payload: Payload }): Promise<OccupationProfile[]> => {
  const key = await latestImportKey(payload)
  if (cached && cached.key === key && Date.now() - cached.at < PROFILES_CACHE_MS) return cached.profiles
  const entry = { key, at: Date.now(), profiles: readProfiles(payload) }
  cached = entry
  entry.profiles.catch(() => {
    if (cached === entry) cached = null
  })
  return entry.profiles
}
