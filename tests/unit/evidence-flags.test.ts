import { describe, expect, it } from 'vitest'

import { citationFlags, flagKeysOf, legendFor } from '../../lib/evidence/flags'
import { deriveProvenanceFlags } from '../../lib/provenanceFlags'

const source = (provenance: Record<string, string | null>, status: string | null = 'verified') => ({
  provenance: { sourceType: 'peer-reviewed', studyDesign: 'randomized-experiment', ...provenance },
  verification: status === null ? null : { status },
})

const texts = (flags: { text: string }[]) => flags.map((flag) => flag.text)

describe('citationFlags', () => {
  it('shows nothing for a verified peer-reviewed experiment without interests', () => {
    expect(citationFlags({ source: source({}) })).toEqual([])
  })

  it('shows a conflict of interest and "unverified", which pages used to hide', () => {
    const indeed = source(
      {
        sourceType: 'first-party-institutional',
        studyDesign: 'administrative-data',
        conflictOfInterest: 'A job marketplace analysing its own postings.',
      },
      'unverified',
    )
    expect(texts(citationFlags({ source: indeed }))).toEqual(['Unverified', 'Conflict of interest'])
  })

  it('treats a source with no recorded status as unverified', () => {
    expect(flagKeysOf({ source: source({}, null) })).toEqual(['unverified'])
  })

  it('does not count a blank conflict statement', () => {
    expect(citationFlags({ source: source({ conflictOfInterest: '  ' }) })).toEqual([])
  })

  it('lists a vendor survey relying on recall with both flags', () => {
    expect(
      texts(
        citationFlags({
          source: source({ sourceType: 'vendor-survey', studyDesign: 'retrospective-survey' }),
        }),
      ),
    ).toEqual(['Vendor survey', 'Recall bias'])
  })

  it('puts retracted and disputed first: whether to rely on it at all comes before how it was made', () => {
    expect(texts(citationFlags({ source: source({ sourceType: 'preprint' }, 'retracted') }))).toEqual([
      'Retracted',
      'Preprint',
    ])
    expect(texts(citationFlags({ source: source({}, 'disputed') }))).toEqual(['Disputed'])
  })

  it('says where a preprint has since been published, with a link to that version', () => {
    const eloundou = source({ sourceType: 'preprint', studyDesign: 'administrative-data' })
    expect(
      citationFlags({
        source: eloundou,
        laterPublishedAs: { venue: 'Science', year: 2024, doi: '10.5555/later-version' },
      }),
    ).toEqual([
      {
        key: 'preprint',
        text: 'Preprint, since published in Science (2024)',
        href: 'https://doi.org/10.5555/later-version',
      },
    ])
  })

  it('still says "since published" when only the address of the later version is known', () => {
    expect(
      citationFlags({
        source: source({ sourceType: 'preprint' }),
        laterPublishedAs: { url: 'https://example.org/journal-version' },
      }),
    ).toEqual([
      { key: 'preprint', text: 'Preprint, since published', href: 'https://example.org/journal-version' },
    ])
  })

  it('ignores a later publication with nothing in it', () => {
    expect(
      texts(citationFlags({ source: source({ sourceType: 'preprint' }), laterPublishedAs: { doi: ' ' } })),
    ).toEqual(['Preprint'])
  })

  it('flags a dataset fact estimated by machine learning', () => {
    expect(texts(citationFlags({ fact: { domainSource: 'Machine Learning' } }))).toEqual([
      'Machine-learning-derived',
    ])
    expect(citationFlags({ fact: { domainSource: 'Analyst' } })).toEqual([])
  })
})

describe('legendFor', () => {
  it('explains only the flags the page shows, in citation order, each once', () => {
    const page = [
      citationFlags({ source: source({ sourceType: 'preprint', conflictOfInterest: 'Vendor staff.' }) }),
      citationFlags({ source: source({}, 'unverified') }),
      citationFlags({ source: source({ sourceType: 'preprint' }) }),
    ]
    expect(legendFor(page).map((entry) => entry.term)).toEqual([
      'Unverified',
      'Preprint',
      'Conflict of interest',
    ])
    expect(legendFor(page)[1]?.meaning).toMatch(/Not peer-reviewed in the version cited/)
  })

  it('is empty for a page without flags', () => {
    expect(legendFor([])).toEqual([])
  })
})

describe('deriveProvenanceFlags', () => {
  it('stores the same rules every citation shows', () => {
    const flags = deriveProvenanceFlags({
      sourceType: 'vendor-survey',
      studyDesign: 'retrospective-survey',
      verificationStatus: 'retracted',
    })
    expect(flags).toEqual({ vendorSurvey: true, recallBias: true, preprint: false, retracted: true })
  })
})
