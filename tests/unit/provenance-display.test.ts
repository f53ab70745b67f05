import { describe, expect, it } from 'vitest'

import { sourceNotice } from '../../lib/citations/provenance'

const source = (sourceType: string, studyDesign: string, status = 'verified', note?: string) => ({
  title: 'A study',
  provenance: { sourceType, studyDesign },
  verification: { status, note },
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
