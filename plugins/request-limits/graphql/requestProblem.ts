import { GraphQLError, Kind, parse, type DocumentNode } from 'graphql'

import { REQUEST_LIMITS } from '../limits'
import { argumentProblem } from './argumentProblem'
import { documentShape } from './documentShape'
import { valueShape } from '../valueShape'
import { textNesting } from './textNesting'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const parsed = (query: string): DocumentNode | string => {
  try {
    return parse(query, { maxTokens: REQUEST_LIMITS.graphQL.maxTokens })
  } catch (error) {
    return error instanceof GraphQLError ? error.message : 'The query could not be read.'
  }
}

const documentProblem = (document: DocumentNode, variables: Record<string, unknown>): string | null => {
  const { maxSelectionDepth, maxExpandedFields } = REQUEST_LIMITS.graphQL
  const subscribes = document.definitions.some(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'subscription',
  )
  if (subscribes) return 'Subscriptions are not offered; send a query or a mutation.'
  const shape = documentShape(document)
  if ('cycle' in shape) return `The fragment "${shape.cycle}" spreads itself; fragments may not form a cycle.`
  if (shape.depth > maxSelectionDepth)
    return `The query nests ${shape.depth} levels deep; at most ${maxSelectionDepth} are allowed.`
  if (shape.fields > maxExpandedFields)
    return `The query asks for ${shape.fields} fields once its fragments are expanded; at most ${maxExpandedFields} are allowed.`
  return argumentProblem(document, variables)
}

/**
 * Why a GraphQL request body must be refused before Payload parses and validates it, or null.
 * Everything here is cheap and bounded: the JSON, the nesting of the query text and variables, a
 * parse that stops after a fixed number of tokens, fragment cycles, and the size of the query with
 * its fragments expanded (Payload's own complexity rule follows fragments without a guard).
 */
export const requestProblem = (text: string): string | null => {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return 'The body is not valid JSON.'
  }
  if (!isRecord(body) || typeof body.query !== 'string')
    return 'Send {"query": "…", "variables": {…}} with the query as a string.'
  const variables = body.variables ?? {}
  if (!isRecord(variables)) return 'variables must be a JSON object.'

  const { maxNesting } = REQUEST_LIMITS.graphQL
  const { maxListValues } = REQUEST_LIMITS
  if (textNesting(body.query) > maxNesting) return `The query nests brackets more than ${maxNesting} deep.`
  const variablesShape = valueShape(variables)
  if (variablesShape.nesting > maxNesting) return `The variables nest more than ${maxNesting} deep.`
  if (variablesShape.longestList > maxListValues)
    return `A list in the variables holds ${variablesShape.longestList} values; at most ${maxListValues} are allowed.`

  const document = parsed(body.query)
  return typeof document === 'string' ? document : documentProblem(document, variables)
}
