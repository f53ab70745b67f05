import type { KeyMap, SeedContext } from '../context'
import type { SourceSeed } from '../data/types'
import { findOrCreate } from '../findOrCreate'
import { progress } from '../progress'

const VERIFIED_BY_PROJECT =
  'Bibliographic details checked against the published work by the Career Evidence team.'

export const seedSources = async (ctx: SeedContext, sources: SourceSeed[]): Promise<KeyMap> => {
  const ids: KeyMap = new Map()
  const bar = progress(ctx.log, 'sources', sources.length)
  for (const source of sources) {
    const { id, created } = await findOrCreate({
      ctx,
      collection: 'sources',
      where: { and: [{ title: { equals: source.title } }, { year: { equals: source.year } }] },
      data: {
        title: source.title,
        authors: source.authors.map(({ name, given }) => ({ name, given })),
        venue: source.venue,
        volume: source.volume,
        issue: source.issue,
        pages: source.pages,
        year: source.year,
        publishedDate: source.publishedDate,
        doi: source.doi,
        url: source.url,
        archiveUrl: source.archiveUrl,
        dateAccessed: source.dateAccessed,
        licence: source.licence,
        laterPublishedAs: source.laterPublishedAs,
        provenance: {
          sourceType: source.sourceType,
          studyDesign: source.studyDesign,
          sampleSize: source.sampleSize,
          sampleDescription: source.sampleDescription,
          conflictOfInterest: source.conflictOfInterest,
        },
        verification: {
          status: source.verification,
          note:
            source.verificationNote ?? (source.verification === 'verified' ? VERIFIED_BY_PROJECT : undefined),
        },
      },
    })
    ids.set(source.key, id)
    bar.tick(created)
  }
  bar.finish()
  return ids
}
