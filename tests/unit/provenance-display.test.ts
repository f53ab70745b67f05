import { describe, expect, it } from 'vitest'

import { provenanceFlags, sourceNotice } from '../../lib/citations/provenance'

const source = (sourceType: string, studyDesign: string, status = 'verified', note?: string) => ({
  title: 'A study',
  provenance: { sourceType, studyDesign },
  verification: { status, note },
})

describe('provenanceFlags', () => {
  it('flags a vendor survey that relies on recall', () => {
    expect(
      provenanceFlags(source('vendor-survey', 'retrospective-survey')).map((flag) => flag.label),
    ).toEqual(['Vendor survey', 'Recall bias'])
  })
  it('flags a retracted preprint from its verification status, not a stored flag', () => {
    expect(provenanceFlags(source('preprint', 'cohort', 'retracted')).map((flag) => flag.key)).toEqual([
      'preprint',
      'retracted',
    ])
  })
  it('shows nothing for a verified peer-reviewed experiment', () => {
    expect(provenanceFlags(source('peer-reviewed', 'randomized-experiment'))).toEqual([])
  })
})

describe('sourceNotice', () => {
  it('warns about a disputed source with the reviewer note', () => {
    expect(
      sourceNotice(source('peer-reviewed', 'cohort', 'disputed', 'The sample was re-analysed.')),
    ).toEqual({
      kind: 'disputed',
      title: 'Disputed source: A study',
      detail: 'The sample was re-analysed.',
    })
  })
  it('warns about a retracted source even without a note', () => {
    expect(sourceNotice(source('peer-reviewed', 'cohort', 'retracted'))?.detail).toMatch(/retracted/)
  })
  it('says nothing for an unverified source', () => {
    expect(sourceNotice(source('peer-reviewed', 'cohort', 'unverified'))).toBeNull()
  })
})
