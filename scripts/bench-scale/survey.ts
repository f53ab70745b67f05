import type { Payload } from 'payload'

import { loadCareerPage } from '../../lib/data/pages/careerPage'
import { loadEvidencePage } from '../../lib/data/pages/evidencePage'
import { loadSearch } from '../../lib/data/pages/searchPage'
import { loadSkillPage } from '../../lib/data/pages/skillPage'
import { parseSearchQuery } from '../../lib/search/query'
import { paths } from '../../lib/site/paths'
import { seededRandom } from '../../tests/helpers/seededRandom'
import { countAdapterCalls } from '../../tests/helpers/countQueries'
import type { PerPageType } from './pageTypes'
import { searchQueries } from './searchQueries'

/** What bench:scale learns about a catalogue in process: its size, query counts and the URLs to time. */
export type Survey = {
  size: { careers: number; skills: number; evidencePages: number }
  /** The queries each sampled page cost, by page type (a constant count shows as one value). */
  queries: PerPageType<number[]>
  /** Up to `pages` distinct paths of each type, in a seeded random order. */
  samples: PerPageType<string[]>
  /** Every published career page: the long tail. */
  careerPaths: string[]
}

/** How many pages of each type have their queries counted. */
const COUNTED = 20

const shuffled = <T>(items: T[], seed: number): T[] => {
  const random = seededRandom(seed)
  const copy = [...items]
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1))
    ;[copy[index], copy[other]] = [copy[other]!, copy[index]!]
  }
  return copy
}

type Slugged = { id: string | number; slug?: string | null }

const published = async (payload: Payload, collection: 'careers' | 'skills'): Promise<Slugged[]> => {
  const { docs } = await payload.find({
    collection,
    where: { _status: { equals: 'published' } },
    select: { slug: true },
    depth: 0,
    pagination: false,
  })
  return docs as unknown as Slugged[]
}

const evidencePairs = async (payload: Payload) => {
  const { docs } = await payload.find({
    collection: 'career-skills',
    where: { _status: { equals: 'published' } },
    select: { career: true, skill: true },
    depth: 0,
    pagination: false,
  })
  return docs as unknown as { career: string; skill: string }[]
}

const distinctCounts = (counts: number[]) => [...new Set(counts)].sort((a, b) => a - b)

/** Counts the database queries of a few pages of each type, through the loaders the pages call. */
const countQueries = async (payload: Payload, samples: PerPageType<string[]>) => {
  const count = async (paths: string[], load: (path: string) => Promise<unknown>) => {
    const counts: number[] = []
    for (const path of paths.slice(0, COUNTED)) {
      counts.push((await countAdapterCalls(payload, () => load(path))).calls)
    }
    return distinctCounts(counts)
  }
  const segments = (path: string) => path.split('/').filter(Boolean)
  return {
    evidence: await count(samples.evidence, (path) => {
      const [, careerSlug, , skillSlug] = segments(path)
      return loadEvidencePage({ payload, careerSlug: careerSlug!, skillSlug: skillSlug! })
    }),
    career: await count(samples.career, (path) =>
      loadCareerPage({ payload, careerSlug: segments(path)[1]! }),
    ),
    skill: await count(samples.skill, (path) => loadSkillPage({ payload, skillSlug: segments(path)[1]! })),
    search: await count(samples.search, (path) => {
      const query = parseSearchQuery(new URL(path, 'http://bench').searchParams.get('q'))
      return query ? loadSearch({ payload, query }) : Promise.resolve(null)
    }),
  }
}

/**
 * The first `wanted` evidence pages that render, in the given order. A published page can be unready
 * (the demo without O*NET has three whose ratings rest on its facts: they 404), and a 404 is answered
 * far faster than a page, so it would flatter the catalogue it is sampled from.
 */
const readyAmong = async (payload: Payload, evidencePaths: string[], wanted: number) => {
  const ready: string[] = []
  for (const path of evidencePaths) {
    if (ready.length === wanted) break
    const [, careerSlug, , skillSlug] = path.split('/').filter(Boolean)
    if (await loadEvidencePage({ payload, careerSlug: careerSlug!, skillSlug: skillSlug! })) ready.push(path)
  }
  return ready
}

/** Sizes, sampled URLs and query counts of the catalogue `payload` reads. */
export const surveyCatalogue = async ({
  payload,
  pages,
}: {
  payload: Payload
  pages: number
}): Promise<Survey> => {
  const [careers, skills, pairs] = await Promise.all([
    published(payload, 'careers'),
    published(payload, 'skills'),
    evidencePairs(payload),
  ])
  const careerSlugs = new Map(careers.map((career) => [String(career.id), career.slug ?? '']))
  const skillSlugs = new Map(skills.map((skill) => [String(skill.id), skill.slug ?? '']))
  const evidence = pairs.flatMap(({ career, skill }) => {
    const careerSlug = careerSlugs.get(String(career))
    const skillSlug = skillSlugs.get(String(skill))
    return careerSlug && skillSlug ? [paths.evidence(careerSlug, skillSlug)] : []
  })
  const careerPaths = careers.map((career) => paths.career(career.slug ?? '')).sort()
  const samples = {
    evidence: await readyAmong(payload, shuffled(evidence, 1), pages),
    career: shuffled(careerPaths, 2).slice(0, pages),
    skill: shuffled(
      skills.map((skill) => paths.skill(skill.slug ?? '')),
      3,
    ).slice(0, pages),
    search: shuffled(searchQueries(), 4)
      .slice(0, pages)
      .map((query) => paths.search(query)),
  }
  return {
    size: { careers: careers.length, skills: skills.length, evidencePages: evidence.length },
    queries: await countQueries(payload, samples),
    samples,
    careerPaths,
  }
}
