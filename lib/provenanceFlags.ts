import { PROVENANCE_FLAGS } from './evidence/model'

export type ProvenanceInput = {
  sourceType?: string | null
  studyDesign?: string | null
  verificationStatus?: string | null
}

export type ProvenanceFlags = {
  vendorSurvey: boolean
  recallBias: boolean
  preprint: boolean
  retracted: boolean
}

/**
 * The flags a source stores, derived from what the source is, never typed. The rules are the evidence
 * model's, the same ones every citation shows; a missing status stores no "retracted".
 */
export const deriveProvenanceFlags = ({
  sourceType,
  studyDesign,
  verificationStatus,
}: ProvenanceInput): ProvenanceFlags => {
  const subject = {
    source: {
      provenance: { sourceType, studyDesign },
      verification: { status: verificationStatus ?? 'unverified' },
    },
  }
  return {
    vendorSurvey: PROVENANCE_FLAGS.vendorSurvey.applies(subject),
    recallBias: PROVENANCE_FLAGS.recallBias.applies(subject),
    preprint: PROVENANCE_FLAGS.preprint.applies(subject),
    retracted: PROVENANCE_FLAGS.retracted.applies(subject),
  }
}
