import Link from 'next/link'

import type { Reliability } from '../../lib/assessment/reliability/types'
import { EMPIRICAL_MINIMUM } from '../../lib/assessment/scoring/placeScores'
import { ReliabilityTable } from './ReliabilityTable'

type Props = {
  empirical: boolean
  sampleDescription: string
  reliability: Reliability | null
  /** When the reliability was computed, as the reader's locale writes it. */
  computedAt: string | null
  labels: Record<string, string>
  retakeHref: string
}

/** How the result was computed: percentiles' basis, the reliability figures, and the retake link. */
export function HowScored({
  empirical,
  sampleDescription,
  reliability,
  computedAt,
  labels,
  retakeHref,
}: Props) {
  return (
    <>
      <p>
        Scoring happens on the server. Each percentile comes from{' '}
        {empirical
          ? `the scores of at least ${EMPIRICAL_MINIMUM} real readers`
          : `a normal model of the reference sample (fewer than ${EMPIRICAL_MINIMUM} real readers so far)`}
        . Reference sample: {sampleDescription}
      </p>
      {reliability && computedAt ? (
        <ReliabilityTable reliability={reliability} labels={labels} computedAt={computedAt} />
      ) : (
        <p>Reliability has not been computed yet: there are too few responses.</p>
      )}
      <p className="no-print">
        <Link href={retakeHref}>Take it again</Link> — a retake is linked to this result, shows what changed,
        and feeds the test-retest figure.
      </p>
    </>
  )
}
