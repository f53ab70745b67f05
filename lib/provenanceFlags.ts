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

/** The warnings a reader must see next to a source, derived from what the source is, never typed. */
export const deriveProvenanceFlags = ({
  sourceType,
  studyDesign,
  verificationStatus,
}: ProvenanceInput): ProvenanceFlags => ({
  vendorSurvey: sourceType === 'vendor-survey',
  recallBias: studyDesign === 'retrospective-survey',
  preprint: sourceType === 'preprint',
  retracted: verificationStatus === 'retracted',
})
