import type { Source } from '../../../payload-types'
import type { CitedFact } from '../../evidence/certainty'
import { DATASET_FACTS, type DatasetFact } from '../../evidence/model'
import { onetAttribution, onetVersionOf } from '../../onet/attribution'
import type { DatasetFactView } from '../types'
import { toSourceView } from './source'

type FactSubject = { skill: string; occupation: string | null }

/** How a page states each fact, and how a certainty reason names it; keyed so a new fact needs both. */
const WORDING: Record<
  DatasetFact,
  { statement: (s: FactSubject) => string; name: (s: FactSubject) => string }
> = {
  'onet-hot-technology': {
    statement: ({ skill, occupation }) =>
      `O*NET marks ${skill} a Hot Technology for ${occupation ?? 'the career’s occupation'}`,
    name: ({ skill, occupation }) =>
      `O*NET’s Hot Technology flag for ${skill} in ${occupation ?? 'the career’s occupation'}`,
  },
  'onet-in-demand': {
    statement: ({ skill, occupation }) =>
      `O*NET marks ${skill} In Demand for ${occupation ?? 'the career’s occupation'}`,
    name: ({ skill, occupation }) =>
      `O*NET’s In Demand flag for ${skill} in ${occupation ?? 'the career’s occupation'}`,
  },
}

/**
 * A dataset fact as a rating cites it: what it says, credited as the dataset's licence asks, linked
 * to the dataset's source record (with that record's flags). The O*NET technology flags carry no
 * domain source of their own, so no machine-learning flag can apply to them.
 */
export const toDatasetFactView = ({
  fact,
  subject,
  dataset,
}: {
  fact: DatasetFact
  subject: FactSubject
  /** The published source record of the release the fact comes from, or null. */
  dataset: Source | null
}): DatasetFactView => {
  const term = DATASET_FACTS.find((candidate) => candidate.value === fact)!
  return {
    key: fact,
    label: term.readerLabel,
    statement: WORDING[fact].statement(subject),
    legend: term.legend,
    source: dataset ? toSourceView(dataset) : null,
    attribution: onetAttribution(dataset ? onetVersionOf(dataset.title) : null),
  }
}

/** The same fact as `certaintyOf` weighs it: about this skill in this occupation, so direct. */
export const toCitedFact = ({ fact, subject }: { fact: DatasetFact; subject: FactSubject }): CitedFact => ({
  relation: 'direct',
  label: WORDING[fact].name(subject),
  domainSource: null,
})
