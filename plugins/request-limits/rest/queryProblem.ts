import type { FlattenedField } from 'payload'

import { REQUEST_LIMITS } from '../limits'
import { whereProblem } from './whereProblem'

type QueryProblemArgs = {
  /** The query string as Payload's REST handlers parse it (qs). */
  query: Record<string, unknown>
  /** Whether the request reads: only reads page through results. */
  reads: boolean
  fieldAt: (path: string) => FlattenedField | undefined
}

const wholeNumberProblem = ({
  name,
  value,
  min,
  max,
}: {
  name: string
  value: unknown
  min: number
  max: number
}) => {
  if (value === undefined) return null
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN
  if (number >= min && number <= max) return null
  return `${name} is a whole number from ${min} to ${max}.`
}

/**
 * Why a REST request's query cannot be served within the limits, or null. Out-of-range values are
 * refused rather than quietly clamped, so a client learns the limit instead of receiving less than
 * it asked for without being told.
 */
export const queryProblem = ({ query, reads, fieldAt }: QueryProblemArgs): string | null => {
  const { maxDepth, maxLimit, maxPage } = REQUEST_LIMITS
  const problems = [
    wholeNumberProblem({ name: 'depth', value: query.depth, min: 0, max: maxDepth }),
    reads ? wholeNumberProblem({ name: 'limit', value: query.limit, min: 1, max: maxLimit }) : null,
    reads ? wholeNumberProblem({ name: 'page', value: query.page, min: 1, max: maxPage }) : null,
    reads && query.pagination === 'false'
      ? `Results come in pages of at most ${maxLimit}; follow page=2, 3… instead of pagination=false.`
      : null,
    query.where === undefined ? null : whereProblem({ where: query.where, fieldAt }),
  ]
  return problems.find((problem) => problem !== null) ?? null
}
