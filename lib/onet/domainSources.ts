/**
 * How O*NET obtained a figure (the release's "Domain Source" column), in readers' words. "Machine
 * Learning" is a provenance flag: the figure was estimated by a model, so it is shown in text next to
 * the figure wherever it appears, like "preprint" beside a study.
 */
export type DomainSourceView = {
  /** As released, e.g. "Occupational Expert". */
  value: string
  /** "Rated by occupational experts". */
  label: string
  /** Set when the figure was not obtained from people: the flag readers must see. */
  flag: { key: 'machineLearning'; label: string; explanation: string } | null
}

export const MACHINE_LEARNING_FLAG = {
  key: 'machineLearning',
  label: 'Machine-learning estimate',
  explanation: 'Estimated by a machine-learning model rather than rated by workers, experts or analysts.',
} as const

const LABELS: Record<string, string> = {
  Incumbent: 'Surveyed workers in the occupation',
  'Occupational Expert': 'Rated by occupational experts',
  Analyst: 'Rated by O*NET analysts',
  'Analyst - Transition': 'Rated by O*NET analysts when the occupation moved to the current taxonomy',
  'Analyst - Preliminary': 'A preliminary rating by O*NET analysts',
  'Machine Learning': 'Estimated by a machine-learning model',
}

/** Every domain source a reader may meet, in the order the legend lists them. */
export const DOMAIN_SOURCE_LEGEND = Object.entries(LABELS).map(([value, label]) => ({ value, label }))

export const domainSourceView = (value: string | null | undefined): DomainSourceView | null => {
  const source = value?.trim()
  if (!source) return null
  return {
    value: source,
    label: LABELS[source] ?? `Domain source: ${source}`,
    flag: source === 'Machine Learning' ? MACHINE_LEARNING_FLAG : null,
  }
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** A release's "MM/YYYY" as a reader reads it ("08/2023" → "August 2023"); anything else as given. */
export const releaseMonth = (value: string | null | undefined): string | null => {
  const text = value?.trim()
  if (!text) return null
  const match = /^(\d{2})\/(\d{4})$/.exec(text)
  const month = match ? MONTHS[Number(match[1]) - 1] : undefined
  return match && month ? `${month} ${match[2]}` : text
}
