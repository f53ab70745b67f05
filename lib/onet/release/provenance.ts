import { type RowCheck } from './checkRow'
import { type OnetProvenance } from './types'

/** The Date and Domain Source a row of Job Zones, Task Statements or Interests carries about itself. */
export const readProvenance = ({
  check,
  file,
}: {
  check: RowCheck<'Date' | 'Domain Source'>
  file: string
}): OnetProvenance => ({
  file,
  date: check.monthYear('Date'),
  domainSource: check.optionalText('Domain Source'),
})
