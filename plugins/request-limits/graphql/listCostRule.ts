import {
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLSchema,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql'

import { REQUEST_LIMITS } from '../limits'

type Variables = Record<string, unknown> | null | undefined

/** Payload's page size when a list query names none. */
const DEFAULT_PAGE_SIZE = 10

/** The page size a collection query asks for, when the field takes a `limit`. */
const pageSizeOf = (node: FieldNode, variables: Variables): number => {
  const argument = node.arguments?.find((each) => each.name.value === 'limit')
  if (!argument) return DEFAULT_PAGE_SIZE
  const value =
    argument.value.kind === Kind.VARIABLE
      ? variables?.[argument.value.name.value]
      : argument.value.kind === Kind.INT
        ? Number(argument.value.value)
        : undefined
  // A page size that cannot be read here is refused by the preflight, or counted as the largest.
  return typeof value === 'number' && value > 0 ? value : REQUEST_LIMITS.maxLimit
}

type CostArgs = {
  schema: GraphQLSchema
  fragments: Record<string, FragmentDefinitionNode>
  variables: Variables
}

/**
 * Estimates how many fields an answer holds: each field counts one, and everything under a list
 * counts once per entry — the query's page size for a collection's `docs`, `assumedListLength` for
 * a relationship or array. Payload's own complexity adds costs up, so eight nested lists of a
 * hundred passed it; multiplying is what makes a deep query expensive, and so is what is limited.
 */
const estimator = ({ schema, fragments, variables }: CostArgs) => {
  const measured = new Map<string, number>()

  type Selections = { set: SelectionSetNode; type: GraphQLNamedType; pageSize?: number }

  const ofSelectionSet = ({ set, type, pageSize }: Selections): number => {
    let total = 0
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!isObjectType(type) && !isInterfaceType(type)) continue
        const field = type.getFields()[selection.name.value]
        if (!field || !selection.selectionSet) {
          total += 1
          continue
        }
        const takesLimit = field.args.some((argument) => argument.name === 'limit')
        const children = ofSelectionSet({
          set: selection.selectionSet,
          type: getNamedType(field.type),
          pageSize: takesLimit ? pageSizeOf(selection, variables) : undefined,
        })
        const entries = isListType(getNullableType(field.type))
          ? (pageSize ?? REQUEST_LIMITS.graphQL.assumedListLength)
          : 1
        total += entries * (1 + children)
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition && schema.getType(selection.typeCondition.name.value)
        total += ofSelectionSet({ set: selection.selectionSet, type: condition ?? type, pageSize })
      } else {
        total += ofFragment(selection.name.value, pageSize)
      }
    }
    return total
  }

  // The preflight has already refused fragment cycles, so each fragment is measured at most once
  // per page size.
  const ofFragment = (name: string, pageSize?: number): number => {
    const key = `${name}:${pageSize ?? ''}`
    const known = measured.get(key)
    if (known !== undefined) return known
    const definition = fragments[name]
    const type = definition && schema.getType(definition.typeCondition.name.value)
    const cost = type ? ofSelectionSet({ set: definition.selectionSet, type, pageSize }) : 0
    measured.set(key, cost)
    return cost
  }

  return ofSelectionSet
}

/** A validation rule refusing operations whose estimated answer exceeds `maxEstimatedFields`. */
export const listCostRule =
  (variables: Variables): ValidationRule =>
  (context) => ({
    OperationDefinition(node) {
      const schema = context.getSchema()
      const root = schema.getRootType(node.operation)
      if (!root) return false
      const fragments = Object.fromEntries(
        context
          .getDocument()
          .definitions.flatMap((definition) =>
            definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition]] : [],
          ),
      )
      const estimate = estimator({ schema, fragments, variables })({ set: node.selectionSet, type: root })
      const { maxEstimatedFields } = REQUEST_LIMITS.graphQL
      if (estimate > maxEstimatedFields) {
        context.reportError(
          new GraphQLError(
            `The answer would hold about ${Math.round(estimate)} fields; at most ${maxEstimatedFields} are allowed. ` +
              'Ask for a smaller page (limit), fewer nested lists, or fewer fields.',
            { nodes: [node] },
          ),
        )
      }
      return false
    },
  })
