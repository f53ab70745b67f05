import type { Instrument } from '../instrument'
import { addAttempt, addRetestPair, dimensionTotals } from './accumulate'
import type { Attempt, RunningStatistics } from './types'

type WithResponseArgs = {
  statistics: RunningStatistics
  instrument: Instrument
  response: Attempt & { sample: 'live' | 'synthetic' }
  /** The attempt this response retakes, if it retakes one. */
  earlier: Attempt | null
}

/** The statistics with one more stored response, and with its retest pair when both attempts are complete. */
export const withResponse = ({
  statistics,
  instrument,
  response,
  earlier,
}: WithResponseArgs): RunningStatistics => {
  const added = addAttempt({ statistics, instrument, answers: response.answers, sample: response.sample })
  const first = earlier && dimensionTotals(instrument, earlier.answers)
  const retake = dimensionTotals(instrument, response.answers)
  if (!earlier || !first || !retake) return added
  return addRetestPair({
    statistics: added,
    first: { totals: first, createdAt: earlier.createdAt },
    retake: { totals: retake, createdAt: response.createdAt },
  })
}
