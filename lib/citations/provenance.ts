export type SourceNotice = { kind: 'retracted' | 'disputed'; title: string; detail: string }

type ProvenanceRecord = {
  provenance: { sourceType: string; studyDesign: string }
  verification?: { status?: string | null; note?: string | null } | null
}

/** A notice for every page citing a source that was retracted or is disputed; null otherwise. */
export const sourceNotice = (source: ProvenanceRecord & { title: string }): SourceNotice | null => {
  const status = source.verification?.status
  const note = source.verification?.note?.trim()
  if (status === 'retracted') {
    return {
      kind: 'retracted',
      title: `Retracted source: ${source.title}`,
      detail:
        note || 'This work has been retracted. Figures drawn from it on this page should not be relied on.',
    }
  }
  if (status === 'disputed') {
    return {
      kind: 'disputed',
      title: `Disputed source: ${source.title}`,
      detail: note || 'The accuracy of this work is disputed. Treat figures drawn from it with caution.',
    }
  }
  return null
}
