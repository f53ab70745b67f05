import type { SelectField } from 'payload'

export const TOPICS = [
  { label: 'AI and productivity', value: 'ai-productivity' },
  { label: 'Exposure to AI', value: 'ai-exposure' },
  { label: 'Labour demand', value: 'labour-demand' },
  { label: 'Hiring and screening', value: 'hiring-and-screening' },
  { label: 'Pay and returns', value: 'pay-and-returns' },
  { label: 'Skills and learning', value: 'skills-and-learning' },
] as const

/** A factory: Payload annotates field objects while sanitising, so collections must not share one. */
export const topicField = (): SelectField => ({
  name: 'topic',
  type: 'select',
  required: true,
  index: true,
  options: [...TOPICS],
})
