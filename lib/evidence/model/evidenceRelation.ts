import type { ValueOf, Vocabulary } from './vocabulary'

/**
 * How a finding cited on an evidence page relates to the page's question. Only direct evidence may sit
 * on a headline card; context goes under a heading that says it is not about this skill.
 */
export const EVIDENCE_RELATIONS = [
  {
    value: 'direct',
    label: 'Direct: measures this skill or this career',
    readerLabel: 'Direct evidence',
    legend: 'Measures this skill, or people working in this career.',
  },
  {
    value: 'context',
    label: 'Context: general evidence about work or hiring',
    readerLabel: 'Context',
    legend: 'Measures something else — other work, other roles, the labour market at large.',
  },
] as const satisfies Vocabulary

export type EvidenceRelation = ValueOf<typeof EVIDENCE_RELATIONS>
