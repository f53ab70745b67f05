/** One difference between the published version of a document and the version under review. */
export type FieldChange =
  /** Words: shown before and after. */
  | { kind: 'text'; path: string; label: string; before: string; after: string }
  /** A number, a choice, a date, a yes/no: shown before and after, choices by their labels. */
  | { kind: 'value'; path: string; label: string; before: string; after: string }
  /** Links to other documents, compared by id: which were added and which removed. */
  | {
      kind: 'relationship'
      path: string
      label: string
      relationTo: string
      /** A list of links (hasMany), as opposed to one link that was replaced. */
      many: boolean
      added: string[]
      removed: string[]
      reordered: boolean
    }
  /** Rows of a list (an array or blocks field) that came or went. */
  | { kind: 'rows'; path: string; label: string; added: number; removed: number; reordered: boolean }
  /** Content that changed but is not shown line by line (rich text, JSON). */
  | { kind: 'changed'; path: string; label: string }

/** A headline judgement of the document (a verdict, a certainty) before and after. */
export type SummaryChange = { name: string; before: string; after: string }

export type DocumentDiff = {
  /** Never published: everything in it is new to readers. */
  isNew: boolean
  changes: FieldChange[]
  summaries: SummaryChange[]
}

/** How a collection names one and several of its documents ("finding", "findings"). */
export type CollectionNames = Record<string, { singular: string; plural: string }>
