import type { Career, Skill } from '../../../payload-types'
import { demandLabel, RATING_TEXT, skillKindLabel } from '../../site/labels'
import { paths } from '../../site/paths'
import type { ReadyPage } from '../graph/readiness'
import { isReadySkill } from '../graph/readiness'
import { idsOf } from '../read/ids'
import type { CareerLink, CareerSummary, EvidenceLink, SkillLink, SkillSummary } from '../types'

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

/** Called only for careers that passed readiness, which guarantees the three taxonomy codes. */
export const toCareerSummary = (career: Career, skills: Map<string, Skill>): CareerSummary => ({
  ...toCareerLink(career),
  summary: career.summary ?? '',
  demand: demandLabel(career.demandProfile ?? ''),
  taxonomy: {
    onetSoc: career.taxonomy?.onetSoc ?? '',
    onetTitle: career.taxonomy?.onetTitle?.trim() || null,
    escoLabel: career.taxonomy?.escoLabel ?? '',
    isco08: career.taxonomy?.isco08 ?? '',
  },
  clusters: (career.skillClusters ?? [])
    .map((cluster) => ({ label: cluster.label, skills: skillLinks(cluster.skills, skills) }))
    .filter((cluster) => cluster.skills.length > 0),
})

export const toEvidenceLink = ({ page, career, skill }: ReadyPage): EvidenceLink => ({
  href: paths.evidence(career.slug ?? '', skill.slug ?? ''),
  career: toCareerLink(career),
  skill: toSkillLink(skill),
  summary: page.summary,
  funnelRole: RATING_TEXT.funnelRole.values(page.funnelRole.value),
  updatedAt: page.updatedAt,
})
