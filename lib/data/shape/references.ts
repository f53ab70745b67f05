import type { PageNotice, SourceView } from '../types'

/**
 * The numbered reference list of a page: each source once, in order of first citation, and one
 * notice for each retracted or disputed source among them.
 */
export const collectReferences = (
  cited: SourceView[],
): { references: SourceView[]; notices: PageNotice[] } => {
  const byId = new Map<string, SourceView>()
  for (const source of cited) {
    if (!byId.has(source.id)) byId.set(source.id, source)
  }
  const references = [...byId.values()]
  const notices = references.flatMap((source) =>
    source.notice ? [{ ...source.notice, sourceId: source.id, href: source.href }] : [],
  )
  return { references, notices }
}

/** The reference number a page shows for a source ("[2]"), 1-based. */
export const referenceNumber = (references: SourceView[], sourceId: string): number =>
  references.findIndex((source) => source.id === sourceId) + 1
