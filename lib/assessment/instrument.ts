/**
 * The shape scoring, validation and the take flow work with: a published `assessments` document
 * reshaped once, here, so nothing downstream re-derives it from the raw Payload type.
 */
export type LikertItem = {
  key: string
  type: 'likert'
  text: string
  dimension: string
  group: string
  min: number
  max: number
  reverse: boolean
}

export type RubricItem = {
  key: string
  type: 'rubric'
  text: string
  dimension: string
  group: string
  levels: { value: number; description: string }[]
  allowEvidence: boolean
}

export type InstrumentItem = LikertItem | RubricItem

export type Dimension = { key: string; label: string; description: string }

export type DimensionNorm = { dimension: string; n: number; mean: number; sd: number }

export type Instrument = {
  id: string
  slug: string
  title: string
  kind: 'matching' | 'skill-level'
  summary: string
  instructions: string
  estimatedMinutes: number
  scaleLabels: { value: number; label: string }[]
  dimensions: Dimension[]
  items: InstrumentItem[]
  norms: { synthetic: boolean; sampleDescription: string; dimensions: DimensionNorm[] }
}

/** Lowest and highest score an item can give, after keying. */
export const itemRange = (item: InstrumentItem): { min: number; max: number } => {
  if (item.type === 'likert') return { min: item.min, max: item.max }
  const values = item.levels.map((level) => level.value)
  return { min: Math.min(...values), max: Math.max(...values) }
}

/** Consecutive items sharing a group form one page of the take flow. */
export const groupsOf = (items: InstrumentItem[]): { title: string; items: InstrumentItem[] }[] => {
  const groups: { title: string; items: InstrumentItem[] }[] = []
  for (const item of items) {
    const last = groups.at(-1)
    if (last && last.title === item.group) last.items.push(item)
    else groups.push({ title: item.group, items: [item] })
  }
  return groups
}
