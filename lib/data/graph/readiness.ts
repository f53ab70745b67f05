import type { Career, CareerSkill, Faq, Finding, Skill, Source } from '../../../payload-types'
import { RATING_KEYS } from '../../evidence/model'
import { occupationFactsOf } from '../../onet/occupationFacts'
import { checkReadiness } from '../../readiness'
import { idOf, idsOf } from '../read/ids'
import { findingIdsOf, type Graph } from './loadGraph'

/** A finding with its source loaded, as the readiness schemas and the renderer expect it. */
export type CitedFinding = Omit<Finding, 'source'> & { source: Source }

/** An evidence page whose every section passed the readiness schema shared with the workflow. */
export type ReadyPage = {
  page: CareerSkill
  career: Career
  skill: Skill
  cite: (findingId: string) => CitedFinding
}

export const citedFinding = (
  graph: Pick<Graph, 'findings' | 'sources'>,
  id: string | undefined,
): CitedFinding | undefined => {
  const finding = id ? graph.findings.get(id) : undefined
  const source = finding ? graph.sources.get(idOf(finding.source) ?? '') : undefined
  return finding && source ? { ...finding, source } : undefined
}

/** The page as the readiness schema reads it: every relationship replaced by what it points at. */
const hydrate = (page: CareerSkill, graph: Graph) => ({
  ...page,
  career: graph.careers.get(idOf(page.career) ?? ''),
  skill: graph.skills.get(idOf(page.skill) ?? ''),
  occupationFacts: occupationFactsOf(graph.careers.get(idOf(page.career) ?? ''), graph.occupations),
  headlineFindings: idsOf(page.headlineFindings).map((id) => citedFinding(graph, id)),
  findings: idsOf(page.findings).map((id) => citedFinding(graph, id)),
  contextFindings: idsOf(page.contextFindings).map((id) => citedFinding(graph, id)),
  ...Object.fromEntries(
    RATING_KEYS.map((name) => [
      name,
      page[name] && { ...page[name], finding: citedFinding(graph, idOf(page[name].finding)) },
    ]),
  ),
})

export const isReadyCareer = (career: Career | undefined): career is Career =>
  Boolean(career) && checkReadiness('careers', career).ready

/**
 * A career where its demand is shown (its own page, its evidence pages): checked with the finding its
 * demand rests on loaded, so the numbers of its prose are held to that finding. Lists that only link
 * to a career check it with `isReadyCareer`.
 */
export const isReadyShownCareer = (
  career: Career | undefined,
  graph: Pick<Graph, 'findings' | 'sources'>,
): career is Career => {
  if (!career) return false
  const finding = citedFinding(graph, idOf(career.demandBasis?.finding))
  const shown =
    finding && career.demandBasis ? { ...career, demandBasis: { ...career.demandBasis, finding } } : career
  return checkReadiness('careers', shown).ready
}

export const isReadySkill = (skill: Skill | undefined): skill is Skill =>
  Boolean(skill) && checkReadiness('skills', skill).ready

export const isReadySource = (source: Source | undefined): source is Source =>
  Boolean(source) && checkReadiness('sources', source).ready

/**
 * The page, its career and skill, and every source it cites must pass their readiness schemas;
 * otherwise the page is not shown at all (a 404), never shown with a gap.
 */
export const readyPage = (page: CareerSkill, graph: Graph): ReadyPage | null => {
  const career = graph.careers.get(idOf(page.career) ?? '')
  const skill = graph.skills.get(idOf(page.skill) ?? '')
  if (!isReadyShownCareer(career, graph) || !isReadySkill(skill)) return null
  if (!checkReadiness('career-skills', hydrate(page, graph)).ready) return null
  const cited = findingIdsOf(page).map((id) => citedFinding(graph, id))
  if (!cited.every((finding) => finding && isReadySource(finding.source))) return null
  return {
    page,
    career,
    skill,
    cite: (findingId) => {
      const finding = citedFinding(graph, findingId)
      if (!finding) throw new Error(`Finding ${findingId} was checked but is missing`)
      return finding
    },
  }
}

/** Every ready page among those loaded, in the order loaded. */
export const readyPages = (graph: Graph): ReadyPage[] =>
  graph.pages.map((page) => readyPage(page, graph)).filter((ready): ready is ReadyPage => ready !== null)

/** An FAQ is shown only when its answer passes the FAQ readiness schema with its citations loaded. */
export const readyFaq = (
  faq: Faq,
  graph: Graph,
): (Omit<Faq, 'citedFindings'> & { citedFindings: CitedFinding[] }) | null => {
  const cited = idsOf(faq.citedFindings).map((id) => citedFinding(graph, id))
  if (!checkReadiness('faqs', { ...faq, citedFindings: cited }).ready) return null
  if (!cited.every((finding) => finding && isReadySource(finding.source))) return null
  return { ...faq, citedFindings: cited as CitedFinding[] }
}
