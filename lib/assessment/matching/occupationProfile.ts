import type { RiasecScores } from '../interests/riasec'

/** One occupation's O*NET interest profile, as the matcher needs it, with the provenance to cite. */
export type OccupationProfile = {
  /** O*NET-SOC code, e.g. '15-1252.00'. */
  code: string
  title: string
  /** The career page this occupation has on the site, when it has one. */
  slug?: string | null
  /** Occupational Interest scores, 1–7. */
  scores: RiasecScores
  /** O*NET's first, second and third interest high-points, e.g. 'ICR'; shorter or empty when O*NET gives fewer. */
  highPoint: string
  /** Job zone 1–5 (preparation needed); null when O*NET has not rated the occupation. */
  jobZone: number | null
  /** How O*NET obtained the scores ('Machine Learning' for every profile in 29.2). */
  domainSource: string | null
  /** 'MM/YYYY' as released. */
  date: string | null
}

/** The shape a career keeps its imported O*NET facts in (see the O*NET importer's `onet` group). */
export type CareerWithOnetFacts = {
  slug?: string | null
  title: string
  onet?: {
    code?: string | null
    jobZone?: { zone?: number | null } | null
    interests?: {
      realistic?: number | null
      investigative?: number | null
      artistic?: number | null
      social?: number | null
      enterprising?: number | null
      conventional?: number | null
      highPoint?: string | null
      date?: string | null
      domainSource?: string | null
    } | null
  } | null
}

/** A career's profile for matching, or null when it has no O*NET code or not all six scores. */
export const occupationProfileFromCareer = (career: CareerWithOnetFacts): OccupationProfile | null => {
  const onet = career.onet
  const interests = onet?.interests
  if (!onet?.code || !interests) return null
  const { realistic, investigative, artistic, social, enterprising, conventional } = interests
  const six = [realistic, investigative, artistic, social, enterprising, conventional]
  if (!six.every((value): value is number => typeof value === 'number')) return null
  const [R, I, A, S, E, C] = six as number[]
  return {
    code: onet.code,
    title: career.title,
    slug: career.slug ?? null,
    scores: { R, I, A, S, E, C },
    highPoint: interests.highPoint ?? '',
    jobZone: onet.jobZone?.zone ?? null,
    domainSource: interests.domainSource ?? null,
    date: interests.date ?? null,
  }
}
