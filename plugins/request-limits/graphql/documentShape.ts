import { type DocumentNode, type FragmentDefinitionNode, Kind, type SelectionSetNode } from 'graphql'

export type DocumentShape = { fields: number; depth: number } | { cycle: string }

type Shape = { fields: number; depth: number }

class FragmentCycle extends Error {}

/**
 * The size of every operation in a document once its fragments are expanded: how many fields and
 * how many levels deep. Each fragment is measured once, so a fragment used a thousand times costs
 * one walk; a fragment that reaches itself is reported as a cycle instead of being followed.
 */
export const documentShape = (document: DocumentNode): DocumentShape => {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)

  const measured = new Map<string, Shape>()
  const entered = new Set<string>()

  const ofFragment = (name: string): Shape => {
    const known = measured.get(name)
    if (known) return known
    if (entered.has(name)) throw new FragmentCycle(name)
    const definition = fragments.get(name)
    if (!definition) return { fields: 0, depth: 0 }
    entered.add(name)
    const shape = ofSelectionSet(definition.selectionSet)
    entered.delete(name)
    measured.set(name, shape)
    return shape
  }

  const ofSelectionSet = (set: SelectionSetNode): Shape => {
    const total = { fields: 0, depth: 0 }
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const inner = selection.selectionSet
          ? ofSelectionSet(selection.selectionSet)
          : { fields: 0, depth: 0 }
        total.fields += 1 + inner.fields
        total.depth = Math.max(total.depth, 1 + inner.depth)
      } else {
        const inner =
          selection.kind === Kind.INLINE_FRAGMENT
            ? ofSelectionSet(selection.selectionSet)
            : ofFragment(selection.name.value)
        total.fields += inner.fields
        total.depth = Math.max(total.depth, inner.depth)
      }
    }
    return total
  }

  try {
    for (const name of fragments.keys()) ofFragment(name)
    const total = { fields: 0, depth: 0 }
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue
      const shape = ofSelectionSet(definition.selectionSet)
      total.fields += shape.fields
      total.depth = Math.max(total.depth, shape.depth)
    }
    return total
  } catch (error) {
    if (error instanceof FragmentCycle) return { cycle: error.message }
    throw error
  }
}
