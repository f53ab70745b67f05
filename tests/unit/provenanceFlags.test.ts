import { describe, expect, it } from 'vitest'

import { deriveProvenanceFlags } from '../../lib/provenanceFlags'

describe('deriveProvenanceFlags', () => {
  it('raises no flag for a verified peer-reviewed experiment', () => {
    expect(
      deriveProvenanceFlags({
        sourceType: 'peer-reviewed',
        studyDesign: 'randomized-experiment',
        verificationStatus: 'verified',
      }),
    ).toEqual({ vendorSurvey: false, recallBias: false, preprint: false, retracted: false })
  })

  it('flags vendor surveys, preprints, retrospective designs and retractions', () => {
    expect(deriveProvenanceFlags({ sourceType: 'vendor-survey' }).vendorSurvey).toBe(true)
    expect(deriveProvenanceFlags({ sourceType: 'preprint' }).preprint).toBe(true)
    expect(deriveProvenanceFlags({ studyDesign: 'retrospective-survey' }).recallBias).toBe(true)
    expect(deriveProvenanceFlags({ verificationStatus: 'retracted' }).retracted).toBe(true)
  })

  it('does not call a disputed source retracted', () => {
    expect(deriveProvenanceFlags({ verificationStatus: 'disputed' }).retracted).toBe(false)
  })
})
