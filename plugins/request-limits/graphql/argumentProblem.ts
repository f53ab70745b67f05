import { BREAK, type DocumentNode, Kind, type ValueNode, visit } from 'graphql'

import { REQUEST_LIMITS } from '../limits'

type Variables = Record<string, unknown>

/** An argument's value: the literal, or what the request's variables give for it. */
const valueOf = (node: ValueNode, variables: Variables): unknown => {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value]
  if (node.kind === Kind.INT) return Number(node.value)
  if (node.kind === Kind.BOOLEAN) return node.value
  return undefined
}

const PAGE_ARGUMENTS: Record<string, { min: number; max: number }> = {
  limit: { min: 1, max: REQUEST_LIMITS.maxLimit },
  page: { min: 1, max: REQUEST_LIMITS.maxPage },
}

/**
 * Why a document's arguments ask for more than one request may, or null: a page size outside
 * 1–100 (Payload reads `limit: 0` and negative limits as "everything"), `pagination: false`, or a
 * list of more values than a query may carry. Variables are looked up, so they cannot hide either.
 */
export const argumentProblem = (document: DocumentNode, variables: Variables): string | null => {
  let problem: string | null = null
  const { maxListValues, maxLimit } = REQUEST_LIMITS
  visit(document, {
    Argument(node) {
      const name = node.name.value
      const value = valueOf(node.value, variables)
      const range = PAGE_ARGUMENTS[name]
      if (range && value !== undefined && value !== null) {
        const inRange = Number.isInteger(value) && Number(value) >= range.min && Number(value) <= range.max
        if (!inRange) problem = `${name} is a whole number from ${range.min} to ${range.max}.`
      }
      if (name === 'pagination' && value === false)
        problem = `Results come in pages of at most ${maxLimit}; ask for page 2, 3… instead of pagination: false.`
      return problem ? BREAK : undefined
    },
    ListValue(node) {
      if (node.values.length <= maxListValues) return undefined
      problem = `A list in the query holds ${node.values.length} values; at most ${maxListValues} are allowed.`
      return BREAK
    },
  })
  return problem
}
