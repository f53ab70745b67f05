import type { Career, Skill } from '../../../payload-types'
import { IMPORTANCE, RATING_BASES, readerLabel } from '../../evidence/model'
import { demandLabel, RATING_TEXT, skillKindLabel } from '../../site/labels'
import { paths } from '../../site/paths'
import type { Graph } from '../graph/loadGraph'
import { citedFinding, isReadySkill, isReadySource, type ReadyPage } from '../graph/readiness'
import { idOf, idsOf } from '../read/ids'
import type { CareerLink, CareerSummary, DemandView, EvidenceLink, SkillLink, SkillSummary } from '../types'
import { toFindingView } from './finding'
import { basisView } from './scale'

export const toCareerLink = (career: Career): CareerLink => ({
  title: career.title,
  slug: career.slug ?? '',
  href: paths.career(career.slug ?? ''),
})

export const toSkillLink = (skill: Skill): SkillLink => ({
  name: skill.name,
  slug: skill.slug ?? '',
  href: paths.skill(skill.slug ?? ''),
})

/** Skills by ID as links, leaving out any that are unpublished or not ready, so no link can 404. */
export const skillLinks = (ids: unknown, skills: Map<string, Skill>): SkillLink[] =>
  idsOf(ids)
    .map((id) => skills.get(id))
    .filter(isReadySkill)
    .map(toSkillLink)

export const toSkillSummary = (skill: Skill): SkillSummary => ({
  ...toSkillLink(skill),
  summary: skill.summary ?? '',
  kind: skillKindLabel(skill.kind),
})

/**
 * A curated career's demand profile with its basis and citation. Null when the career states none,
 * and when the finding it rests on is not published with a ready source: the rationale quotes that
 * finding, so it is never shown without it.
 */
export const toDemandView = (
  career: Career,
  graph: Pick<Graph, 'findings' | 'sources'>,
): DemandView | null => {
  const { demandProfile, demandBasis } = career
  if (!demandProfile || !demandBasis?.basis || !demandBasis.rationale?.trim()) return null
  const common = {
    value: demandLabel(demandProfile),
    basis: basisView(RATING_BASES, demandBasis.basis),
    rationale: demandBasis.rationale,
  }
  if (demandBasis.basis !== 'finding') return { ...common, citation: { kind: 'editorial-judgement' } }
  const finding = citedFinding(graph, idOf(demandBasis.finding))
  if (!finding || !isReadySource(finding.source)) return null
  return { ...common, citation: { kind: 'finding', finding: toFindingView(finding) } }
}

/** Called only for careers that passed readiness, which guarantees the three taxonomy codes. */
export const toCareerSummary = (
  career: Career,
  graph: Pick<Graph, 'skills' | 'findings' | 'sources'>,
): CareerSummary => ({
  ...toCareerLink(career),
  summary: career.summary ?? '',
  demand: toDemandView(career, graph),
  taxonomy: {
    onetSoc: career.taxonomy?.onetSoc ?? '',
    onetTitle: career.taxonomy?.onetTitle?.trim() || null,
    escoLabel: career.taxonomy?.escoLabel ?? '',
    isco08: career.taxonomy?.isco08 ?? '',
  },
  clusters: (career.skillClusters ?? [])
    .map((cluster) => ({ label: cluster.label, skills: skillLinks(cluster.skills, graph.skills) }))
    .filter((cluster) => cluster.skills.length > 0),
})

export const toEvidenceLink = ({ page, career, skill }: ReadyPage): EvidenceLink => ({
  href: paths.evidence(career.slug ?? '', skill.slug ?? ''),
  career: toCareerLink(career),
  skill: toSkillLink(skill),
  summary: page.summary,
  importance: readerLabel(IMPORTANCE, page.verdict?.importance ?? ''),
  funnelRole: RATING_TEXT.funnelRole.values(page.funnelRole.value),
  updatedAt: page.updatedAt,
})
