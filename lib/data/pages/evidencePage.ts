import type { Payload, TypedUser } from 'payload'

import { assessmentForSkill } from '../../assessment/data/assessmentForSkill'
import { certaintyOf } from '../../evidence/certainty'
import { legendFor } from '../../evidence/flags'
import {
  byRank,
  CAREER_STAGES,
  type DatasetFact,
  type EvidenceRelation,
  RATING_KEYS,
} from '../../evidence/model'
import { occupationFactsOf } from '../../onet/occupationFacts'
import { stageLabel } from '../../site/labels'
import { paths } from '../../site/paths'
import { findingIdsOf, loadGraph } from '../graph/loadGraph'
import { readyFaq, readyPage, readyPages } from '../graph/readiness'
import { findPublished } from '../read/findPublished'
import { idOf, idsOf } from '../read/ids'
import { loadOnetDatasetSource } from '../read/onetDataset'
import { SELECT } from '../read/selects'
import { skillLinks, toCareerSummary, toEvidenceLink, toSkillSummary } from '../shape/catalogue'
import { toCitedFact, toDatasetFactView } from '../shape/datasetFact'
import { toFindingView, toPageFindingView } from '../shape/finding'
import { collectReferences } from '../shape/references'
import { toRatingViews } from '../shape/ratings'
import { careerPeople, careerWithArticle, toVerdictView } from '../shape/verdict'
import type { EvidencePageView, FaqView, SourceView } from '../types'

type EvidencePageArgs = { payload: Payload; careerSlug: string; skillSlug: string; viewer?: TypedUser | null }

/** Other careers' pages of the same skill listed on an evidence page; the skill's page lists them all. */
export const RECURRENCES_SHOWN = 12

const STAGE_ORDER: string[] = byRank(CAREER_STAGES).map((stage) => stage.value)

/**
 * The evidence page for one career × skill, or null when it is unpublished or not ready (the page
 * 404s). A fixed number of queries whatever the catalogue's size: career and skill by slug, their
 * FAQs, the page itself and a window of the skill's other pages with their count (for "careers where
 * it recurs"), one batched query per
 * related collection, the skill's own assessment, and the O*NET release's source record when a
 * rating rests on one of its facts.
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
    pages: [
      { where: { and: [{ career: { equals: career.id } }, { skill: { equals: skill.id } }] } },
      {
        where: { and: [{ skill: { equals: skill.id } }, { career: { not_equals: career.id } }] },
        limit: RECURRENCES_SHOWN,
        sort: 'title',
      },
    ],
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

  const citesDataset = RATING_KEYS.some((key) => doc[key].basis === 'dataset')
  const [assessment, dataset] = await Promise.all([
    assessmentForSkill({ payload, viewer, skillId: String(skill.id) }),
    citesDataset ? loadOnetDatasetSource({ payload, viewer }) : null,
  ])

  // Direct evidence is what the page lists as such; anything else it cites (a rating's finding
  // included) counts as context, so a rating never makes a study look more direct than it is.
  const direct = new Set([...idsOf(doc.headlineFindings), ...idsOf(doc.findings)])
  const relationOf = (id: string): EvidenceRelation => (direct.has(id) ? 'direct' : 'context')
  const citeFinding = (id: string) => toPageFindingView(cite(id), relationOf(id))
  const subject = {
    skill: skill.name,
    career: careerPeople(career.title, { plural: career.origin === 'onet' }),
  }
  const factSubject = {
    skill: skill.name,
    occupation: occupationFactsOf(career, graph.occupations)?.title || null,
  }
  const citeFact = (fact: DatasetFact) => toDatasetFactView({ fact, subject: factSubject, dataset })

  const headline = idsOf(doc.headlineFindings).map(citeFinding)
  const findings = idsOf(doc.findings).map(citeFinding)
  const context = idsOf(doc.contextFindings).map(citeFinding)
  const ratings = toRatingViews({ page: doc, citeFinding, citeFact })
  const careerSummary = toCareerSummary(career, graph)

  const certainty = certaintyOf({
    subject,
    findings: [...new Set(findingIdsOf(doc))].map((id) => ({
      relation: relationOf(id),
      source: cite(id).source,
    })),
    datasetFacts: [
      ...new Set(RATING_KEYS.flatMap((key) => (doc[key].basis === 'dataset' ? [doc[key].datasetFact] : []))),
    ]
      .filter((fact): fact is DatasetFact => Boolean(fact))
      .map((fact) => toCitedFact({ fact, subject: factSubject })),
    override:
      doc.verdict?.certaintyOverride?.grade && doc.verdict.certaintyOverride.reason
        ? { grade: doc.verdict.certaintyOverride.grade, reason: doc.verdict.certaintyOverride.reason }
        : null,
  })
  const verdict = toVerdictView({
    verdict: { importance: doc.verdict!.importance!, rationale: doc.verdict!.rationale ?? '' },
    certainty,
    subject,
    question: `How important is ${skill.name} for ${careerWithArticle(career.title, { plural: career.origin === 'onet' })}?`,
    hasDirectEvidence: direct.size > 0,
    hasContext: context.length > 0,
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

  // Numbered in the order the page shows them: cards, ratings, the career's demand, findings, context, FAQs.
  const cited: SourceView[] = [
    ...headline.map((finding) => finding.source),
    ...ratings.flatMap(({ citation }) =>
      citation.kind === 'finding'
        ? [citation.finding.source]
        : citation.kind === 'dataset' && citation.fact.source
          ? [citation.fact.source]
          : [],
    ),
    ...(careerSummary.demand?.citation.kind === 'finding'
      ? [careerSummary.demand.citation.finding.source]
      : []),
    ...findings.map((finding) => finding.source),
    ...context.map((finding) => finding.source),
    ...faqViews.flatMap((faq) => faq.cites.map((finding) => finding.source)),
  ]
  const { references, notices } = collectReferences(cited)

  return {
    href: paths.evidence(careerSlug, skillSlug),
    title: `${skill.name} for ${career.title}: How important is it?`,
    summary: doc.summary,
    updatedAt: doc.updatedAt,
    publishedAt: doc.createdAt,
    career: careerSummary,
    skill: toSkillSummary(skill),
    subject,
    verdict,
    headline,
    ratings,
    screening: [...(doc.screening ?? [])]
      .sort((a, b) => STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage))
      .map((row) => ({ stage: stageLabel(row.stage), howScreened: row.howScreened })),
    pairings: skillLinks(doc.portfolioPairings, graph.skills),
    adjacentSkills: skillLinks(skill.adjacentSkills, graph.skills),
    recursIn: readyPages(graph)
      .filter((other) => String(other.career.id) !== String(career.id))
      .map(toEvidenceLink),
    recursInTotal: graph.pageTotals[1] ?? 0,
    findings,
    context,
    assessment,
    scopeNote: doc.scopeNote,
    limitations: doc.limitations,
    adjacentQuestions: (doc.adjacentQuestions ?? []).map(({ question }) => question),
    faqs: faqViews,
    references,
    notices,
    flagLegend: legendFor(references.map((source) => source.flags)),
  }
}
