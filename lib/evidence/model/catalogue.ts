import type { ValueOf, Vocabulary } from './vocabulary'

export const DEMAND_PROFILES = [
  { value: 'critical-shortage', label: 'Critical shortage' },
  { value: 'shortage', label: 'Shortage' },
  { value: 'balanced', label: 'Balanced' },
  { value: 'surplus', label: 'Surplus' },
] as const satisfies Vocabulary

export type DemandProfile = ValueOf<typeof DEMAND_PROFILES>

export const SKILL_KINDS = [
  { value: 'language', label: 'Language' },
  { value: 'framework-or-tool', label: 'Framework or tool' },
  { value: 'platform', label: 'Platform' },
  { value: 'method', label: 'Method' },
  { value: 'domain', label: 'Domain knowledge' },
  { value: 'interpersonal', label: 'Interpersonal' },
  { value: 'technology', label: 'Technology (software or tool, as O*NET lists it)', readerLabel: 'Technology' },
] as const satisfies Vocabulary

export type SkillKind = ValueOf<typeof SKILL_KINDS>

/** What a finding or an FAQ is about; pages group and filter by it. */
export const TOPICS = [
  { label: 'AI and productivity', value: 'ai-productivity' },
  { label: 'Exposure to AI', value: 'ai-exposure' },
  { label: 'Labour demand', value: 'labour-demand' },
  { label: 'Hiring and screening', value: 'hiring-and-screening' },
  { label: 'Pay and returns', value: 'pay-and-returns' },
  { label: 'Skills and learning', value: 'skills-and-learning' },
] as const satisfies Vocabulary

export type Topic = ValueOf<typeof TOPICS>
