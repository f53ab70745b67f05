/** What a source must say about itself for its flags to be derived. Matches the Sources collection. */
export type FlaggableSource = {
  provenance: {
    sourceType?: string | null
    studyDesign?: string | null
    conflictOfInterest?: string | null
  }
  verification?: { status?: string | null } | null
}

/** A fact imported from a released dataset, with the dataset's own note of how the value was made. */
export type FlaggableFact = { domainSource?: string | null }

export type FlagSubject = { source?: FlaggableSource | null; fact?: FlaggableFact | null }

type FlagDefinition = {
  /** The words shown in text at every citation point. */
  readonly text: string
  /** What the flag means, for the legend of a page that shows it. */
  readonly legend: string
  readonly applies: (subject: FlagSubject) => boolean
}

const statusOf = ({ source }: FlagSubject) => (source ? (source.verification?.status ?? 'unverified') : null)

/** O*NET marks values estimated by a model with the domain source "Machine Learning". */
export const isMachineLearningSource = (domainSource: string | null | undefined): boolean =>
  /^machine[\s-]*learning$/i.test(domainSource?.trim() ?? '')

/**
 * Every warning a reader must see where a source or dataset fact is cited, in the order a citation
 * lists them: whether to rely on it at all first, then how it was made.
 */
export const PROVENANCE_FLAGS = {
  retracted: {
    text: 'Retracted',
    legend: 'The work has been withdrawn; its figures should not be relied on.',
    applies: (subject) => statusOf(subject) === 'retracted',
  },
  disputed: {
    text: 'Disputed',
    legend: 'The accuracy of the work is disputed; treat its figures with caution.',
    applies: (subject) => statusOf(subject) === 'disputed',
  },
  unverified: {
    text: 'Unverified',
    legend: 'Its details and figures have not yet been checked against the work itself.',
    applies: (subject) => statusOf(subject) === 'unverified',
  },
  preprint: {
    text: 'Preprint',
    legend: 'Not peer-reviewed in the version cited; figures may change before or after journal review.',
    applies: ({ source }) => source?.provenance.sourceType === 'preprint',
  },
  vendorSurvey: {
    text: 'Vendor survey',
    legend: 'Run by a company that sells into this market; its sample and questions may favour its products.',
    applies: ({ source }) => source?.provenance.sourceType === 'vendor-survey',
  },
  conflictOfInterest: {
    text: 'Conflict of interest',
    legend: 'The authors or publisher have a stake in the result; the source page says which.',
    applies: ({ source }) => Boolean(source?.provenance.conflictOfInterest?.trim()),
  },
  recallBias: {
    text: 'Recall bias',
    legend: 'Respondents reported past events from memory, which tends to blur and reshape them.',
    applies: ({ source }) => source?.provenance.studyDesign === 'retrospective-survey',
  },
  machineLearningDerived: {
    text: 'Machine-learning-derived',
    legend: 'The dataset estimated this value with a machine-learning model, not from analysts or surveys.',
    applies: ({ fact }) => isMachineLearningSource(fact?.domainSource),
  },
} as const satisfies Record<string, FlagDefinition>

export type FlagKey = keyof typeof PROVENANCE_FLAGS

export const FLAG_KEYS = Object.keys(PROVENANCE_FLAGS) as FlagKey[]
