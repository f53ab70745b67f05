import type { FlattenedField } from 'payload'
import { validOperators } from 'payload/shared'

import { REQUEST_LIMITS } from '../limits'

type FieldAt = (path: string) => FlattenedField | undefined

const OPERATORS = new Set<string>(validOperators)
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const POINT_OPERATORS = new Set(['near', 'within', 'intersects'])

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A list from the query string: comma-separated, bracketed, or indexed past qs's array limit. */
const listOf = (operand: unknown): unknown[] => {
  if (typeof operand === 'string') return operand.split(',')
  if (Array.isArray(operand)) return operand
  if (isRecord(operand)) return Object.values(operand)
  return [operand]
}

type Condition = { path: string; operator: string; operand: unknown; field: FlattenedField | undefined }

const conditionProblem = ({ path, operator, operand, field }: Condition): string | null => {
  const at = `where[${path}][${operator}]`
  if (!OPERATORS.has(operator))
    return `"${operator}" is not a filter operator (where[${path}]); use one of ${validOperators.join(', ')}.`
  if (POINT_OPERATORS.has(operator) && field?.type !== 'point') return `${at} works only on map points.`
  if (operator === 'all' && !(field && 'hasMany' in field && field.hasMany))
    return `${at} works only on a field that holds several values.`

  const values = LIST_OPERATORS.has(operator) ? listOf(operand) : [operand]
  const max = REQUEST_LIMITS.maxListValues
  if (values.length > max) return `${at} lists ${values.length} values; at most ${max} are allowed.`
  if (!values.every((value) => typeof value === 'string'))
    return `${at} takes ${LIST_OPERATORS.has(operator) ? 'a list of plain values' : 'one plain value'}.`
  if (operator === 'exists' && values[0] !== 'true' && values[0] !== 'false') return `${at} is true or false.`
  if (
    field?.type === 'date' &&
    operator !== 'exists' &&
    values.some((value) => Number.isNaN(Date.parse(value)))
  )
    return `${at} must be a date, such as 2026-01-31.`
  return null
}

/**
 * Why a REST `where` (as qs parsed it from the query string) cannot be run, or null. Payload checks
 * that paths exist; this refuses, in words, the shapes that reached the database as a 500: a value
 * that is an object, a date that is not one, an operator for another kind of field, a list of
 * thousands. It walks with its own stack, so no nesting can exhaust the call stack.
 */
export const whereProblem = ({ where, fieldAt }: { where: unknown; fieldAt: FieldAt }): string | null => {
  if (!isRecord(where)) return 'Write a filter as where[field][operator]=value.'
  const pending: Record<string, unknown>[] = [where]
  while (pending.length > 0) {
    const clause = pending.pop() as Record<string, unknown>
    for (const [key, value] of Object.entries(clause)) {
      if (key === 'and' || key === 'or') {
        const branches = Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : null
        if (!branches || !branches.every(isRecord))
          return `where[${key}] lists filters: where[${key}][0][field][operator]=value.`
        pending.push(...branches)
        continue
      }
      if (!isRecord(value)) return `where[${key}] needs an operator: where[${key}][equals]=value.`
      for (const [operator, operand] of Object.entries(value)) {
        const problem = conditionProblem({ path: key, operator, operand, field: fieldAt(key) })
        if (problem) return problem
      }
    }
  }
  return null
}
