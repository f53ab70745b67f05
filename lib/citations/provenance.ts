import { PROVENANCE_FLAGS } from '../evidence/model'
import { deriveProvenanceFlags, type ProvenanceFlags } from '../provenanceFlags'

export type ProvenanceFlagView = { key: keyof ProvenanceFlags; label: string; explanation: string }

export type SourceNotice = { kind: 'retracted' | 'disputed'; title: string; detail: string }

type ProvenanceRecord = {
  provenance: { sourceType: string; studyDesign: string }
  verification?: { status?: string | null; note?: string | null } | null
}

/** The stored flags' words come from the evidence model, like every other citation's flags. */
const FLAG_TEXT = Object.fromEntries(
  (['vendorSurvey', 'recallBias', 'preprint', 'retracted'] as const).map((key) => [
    key,
    { label: PROVENANCE_FLAGS[key].text, explanation: PROVENANCE_FLAGS[key].legend },
  ]),
) as Record<keyof ProvenanceFlags, Omit<ProvenanceFlagView, 'key'>>

/**
 * The warnings shown beside a source, derived from its provenance and verification status every time
 * it is rendered, so a flag can never be stored wrong or left out.
 */
export const provenanceFlags = (source: ProvenanceRecord): ProvenanceFlagView[] => {
  const flags = deriveProvenanceFlags({
    sourceType: source.provenance.sourceType,
    studyDesign: source.provenance.studyDesign,
    verificationStatus: source.verification?.status,
  })
  return (Object.keys(FLAG_TEXT) as (keyof ProvenanceFlags)[])
    .filter((key) => flags[key])
    .map((key) => ({ key, ...FLAG_TEXT[key] }))
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
