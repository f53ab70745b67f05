import type { Payload, TypedUser } from 'payload'

import { byRank, CAREER_STAGES, RATING_KEYS } from '../../evidence/model'
import { RATING_TEXT, stageLabel } from '../../site/labels'
import { paths } from '../../site/paths'
import { loadGraph } from '../graph/loadGraph'
import { readyFaq, readyPage, readyPages } from '../graph/readiness'
import { getMethodology } from '../methodology'
import { findPublished } from '../read/findPublished'
import { idOf, idsOf } from '../read/ids'
import { SELECT } from '../read/selects'
import { skillLinks, toCareerSummary, toEvidenceLink, toSkillSummary } from '../shape/catalogue'
import { toFindingView } from '../shape/finding'
import { collectReferences } from '../shape/references'
import type { EvidencePageView, FaqView, RatingView } from '../types'

type EvidencePageArgs = { payload: Payload; careerSlug: string; skillSlug: string; viewer?: TypedUser | null }

const STAGE_ORDER: string[] = byRank(CAREER_STAGES).map((stage) => stage.value)

/**
 * The evidence page for one career × skill, or null when it is unpublished or not ready (the page
 * 404s). Eight queries whatever the catalogue's size: career and skill by slug, their FAQs, every
 * published page of the skill (for "careers where it recurs"), then one batched query per collection.
 */
export const loadEvidencePage = async ({
  payload,
  careerSlug,
  skillSlug,
  viewer,
}: EvidencePageArgs): Promise<EvidencePageView | null> => {
  const [[career], [skill]] = await Promise.all([
    findPublished({
      payload,
      viewer,
      collection: 'careers',
      where: { slug: { equals: careerSlug } },
      select: SELECT.career,
    }),
    findPublished({
      payload,
      viewer,
      collection: 'skills',
      where: { slug: { equals: skillSlug } },
      select: SELECT.skill,
    }),
  ])
  if (!career || !skill) return null

  const faqs = await findPublished({
    payload,
    viewer,
    collection: 'faqs',
    where: { or: [{ careers: { in: [career.id] } }, { skills: { in: [skill.id] } }] },
    select: SELECT.faq,
  })
  const graph = await loadGraph({
    payload,
    viewer,
    pagesWhere: { skill: { equals: skill.id } },
    skillIds: [
      ...(career.skillClusters ?? []).flatMap((cluster) => idsOf(cluster.skills)),
      ...idsOf(skill.adjacentSkills),
    ],
    findingIds: faqs.flatMap((faq) => idsOf(faq.citedFindings)),
    preloaded: { careers: [career], skills: [skill] },
  })

  const page = graph.pages.find((candidate) => idOf(candidate.career) === String(career.id))
  const ready = page && readyPage(page, graph)
  if (!ready) return null
  const { cite } = ready
  const doc = ready.page

  const headline = idsOf(doc.headlineFindings).map((id) => toFindingView(cite(id)))
  const findings = idsOf(doc.findings).map((id) => toFindingView(cite(id)))
  const ratings: RatingView[] = RATING_KEYS.map((key) => {
    const rating = doc[key]
    const findingId = rating.basis === 'finding' ? idOf(rating.finding) : undefined
    return {
      key,
      label: RATING_TEXT[key].label,
      question: RATING_TEXT[key].question,
      value: RATING_TEXT[key].values(rating.value),
      basis: rating.basis,
      rationale: rating.rationale,
      finding: findingId ? toFindingView(cite(findingId)) : null,
    }
  })
  const faqViews: FaqView[] = faqs.flatMap((faq) => {
    const readyOne = readyFaq(faq, graph)
    if (!readyOne) return []
    return [
      {
        id: String(faq.id),
        question: faq.question,
        answer: faq.answer,
        cites: readyOne.citedFindings.map(toFindingView),
      },
    ]
  })
  const { references, notices } = collectReferences([
    ...headline,
    ...findings,
    ...ratings.flatMap((rating) => (rating.finding ? [rating.finding] : [])),
    ...faqViews.flatMap((faq) => faq.cites),
  ])

  return {
    href: paths.evidence(careerSlug, skillSlug),
    title: `${skill.name} for ${career.title}: How important is it?`,
    summary: doc.summary,
    updatedAt: doc.updatedAt,
    publishedAt: doc.createdAt,
    career: toCareerSummary(career, graph.skills),
    skill: toSkillSummary(skill),
    headline,
    ratings,
    screening: [...(doc.screening ?? [])]
      .sort((a, b) => STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage))
      .map((row) => ({ stage: stageLabel(row.stage), howScreened: row.howScreened })),
    pairings: skillLinks(doc.portfolioPairings, graph.skills),
    adjacentSkills: skillLinks(skill.adjacentSkills, graph.skills),
    recursIn: readyPages(graph)
      .filter((other) => String(other.career.id) !== String(career.id))
      .map(toEvidenceLink)
      .sort((a, b) => a.career.title.localeCompare(b.career.title)),
    findings,
    methodology: await getMethodology({ payload, skillSlug }),
    scopeNote: doc.scopeNote,
    limitations: doc.limitations,
    adjacentQuestions: (doc.adjacentQuestions ?? []).map(({ question }) => question),
    faqs: faqViews,
    references,
    notices,
  }
}
