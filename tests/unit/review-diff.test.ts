import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { diffDocuments } from '../../plugins/editorial-workflow/lib/diff/diffDocuments'
import { summariseDiff } from '../../plugins/editorial-workflow/lib/diff/summariseDiff'

const fields: Field[] = [
  { name: 'title', type: 'text' },
  { name: 'summary', type: 'textarea', label: 'Page summary' },
  { name: 'stage', type: 'select', options: ['draft', 'in-review'] },
  {
    name: 'certainty',
    type: 'select',
    options: [
      { label: 'High', value: 'high' },
      { label: 'Very low', value: 'very-low' },
    ],
  },
  { name: 'source', type: 'relationship', relationTo: 'sources' },
  { name: 'featured', type: 'checkbox' },
  { name: 'searchText', type: 'text', hidden: true },
  {
    type: 'tabs',
    tabs: [
      {
        label: 'Ratings',
        fields: [
          {
            name: 'funnelRole',
            type: 'group',
            label: 'Funnel role',
            fields: [
              {
                name: 'value',
                type: 'select',
                options: [
                  { label: 'Gatekeeper', value: 'gatekeeper' },
                  { label: 'Force multiplier', value: 'force-multiplier' },
                ],
              },
              { name: 'rationale', type: 'textarea' },
            ],
          },
        ],
      },
      {
        name: 'evidence',
        label: 'Evidence',
        fields: [{ name: 'findings', type: 'relationship', relationTo: 'findings', hasMany: true }],
      },
    ],
  },
  {
    name: 'screening',
    type: 'array',
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'stage', type: 'text' },
          { name: 'howScreened', type: 'textarea' },
        ],
      },
    ],
  },
  { name: 'body', type: 'richText' },
]

const published = {
  title: 'Backend Developer × BentoML',
  summary: 'How BentoML weighs for backend work.',
  stage: 'published',
  certainty: 'high',
  source: 'src-1',
  featured: false,
  searchText: 'backend developer bentoml',
  funnelRole: { value: 'gatekeeper', rationale: 'Screened early.' },
  evidence: { findings: ['f-1', 'f-2', 'f-3'] },
  screening: [
    { id: 'row-a', stage: 'entry', howScreened: 'A take-home task.' },
    { id: 'row-b', stage: 'mid', howScreened: 'A design interview.' },
  ],
  body: { root: { children: [{ text: 'Old' }] } },
}

const names = {
  findings: { singular: 'finding', plural: 'findings' },
  sources: { singular: 'source', plural: 'sources' },
}

describe('diffDocuments', () => {
  it('finds nothing between a version and itself, bookkeeping and hidden fields aside', () => {
    const diff = diffDocuments({
      fields,
      published,
      current: { ...published, stage: 'in-review', searchText: 'recomputed' },
      ignore: ['stage'],
    })
    expect(diff).toEqual({ isNew: false, changes: [], summaries: [] })
    expect(summariseDiff(diff, names)).toBe('No content changes')
  })

  it('gives text fields their words before and after, under their labels', () => {
    const { changes } = diffDocuments({
      fields,
      published,
      current: { ...published, summary: 'How BentoML weighs for ML platform work.' },
    })
    expect(changes).toEqual([
      {
        kind: 'text',
        path: 'summary',
        label: 'Page summary',
        before: 'How BentoML weighs for backend work.',
        after: 'How BentoML weighs for ML platform work.',
      },
    ])
  })

  it('names choices by their labels and follows groups inside unnamed tabs by their paths', () => {
    const { changes } = diffDocuments({
      fields,
      published,
      current: {
        ...published,
        certainty: 'very-low',
        funnelRole: { value: 'force-multiplier', rationale: 'Screened early.' },
        featured: true,
      },
    })
    expect(changes).toEqual([
      { kind: 'value', path: 'certainty', label: 'Certainty', before: 'High', after: 'Very low' },
      { kind: 'value', path: 'featured', label: 'Featured', before: 'No', after: 'Yes' },
      {
        kind: 'value',
        path: 'funnelRole.value',
        label: 'Funnel role › Value',
        before: 'Gatekeeper',
        after: 'Force multiplier',
      },
    ])
  })

  it('compares relationship lists by id, whether loaded or not, and says what was added and removed', () => {
    const diff = diffDocuments({
      fields,
      published,
      current: {
        ...published,
        evidence: { findings: [{ id: 'f-1', headline: 'loaded' }, 'f-3', 'f-9'] },
      },
    })
    expect(diff.changes).toEqual([
      {
        kind: 'relationship',
        path: 'evidence.findings',
        label: 'Evidence › Findings',
        relationTo: 'findings',
        many: true,
        added: ['f-9'],
        removed: ['f-2'],
        reordered: false,
      },
    ])
    expect(summariseDiff(diff, names)).toBe('1 finding added, 1 finding removed')
  })

  it('reports a reordered list without inventing additions', () => {
    const { changes } = diffDocuments({
      fields,
      published,
      current: { ...published, evidence: { findings: ['f-3', 'f-1', 'f-2'] } },
    })
    expect(changes).toMatchObject([{ kind: 'relationship', added: [], removed: [], reordered: true }])
  })

  it('counts a replaced single link as one changed field', () => {
    const diff = diffDocuments({ fields, published, current: { ...published, source: { id: 'src-2' } } })
    expect(diff.changes).toMatchObject([
      { kind: 'relationship', path: 'source', many: false, added: ['src-2'], removed: ['src-1'] },
    ])
    expect(summariseDiff(diff, names)).toBe('1 field')
  })

  it('matches array rows by their ids: an edited row is an edit, a new row an addition', () => {
    const diff = diffDocuments({
      fields,
      published,
      current: {
        ...published,
        screening: [
          { id: 'row-a', stage: 'entry', howScreened: 'A paired exercise.' },
          { id: 'row-b', stage: 'mid', howScreened: 'A design interview.' },
          { id: 'row-c', stage: 'senior', howScreened: 'A system review.' },
        ],
      },
    })
    expect(diff.changes).toEqual([
      { kind: 'rows', path: 'screening', label: 'Screening', added: 1, removed: 0, reordered: false },
      {
        kind: 'text',
        path: 'screening.0.howScreened',
        label: 'Screening, row 1 › How screened',
        before: 'A take-home task.',
        after: 'A paired exercise.',
      },
    ])
    expect(summariseDiff(diff, names)).toBe('2 fields')
  })

  it('says rich text changed without showing it line by line', () => {
    const { changes } = diffDocuments({
      fields,
      published,
      current: { ...published, body: { root: { children: [{ text: 'New' }] } } },
    })
    expect(changes).toEqual([{ kind: 'changed', path: 'body', label: 'Body' }])
  })

  it('treats a never-published document as new', () => {
    const diff = diffDocuments({ fields, published: null, current: published })
    expect(diff.isNew).toBe(true)
    expect(summariseDiff(diff, names)).toBe('New, never published')
  })

  it('compares the headline judgements it is given, and puts them in the one-line summary', () => {
    const diff = diffDocuments({
      fields,
      published,
      current: {
        ...published,
        title: 'Backend Developer × BentoML (revised)',
        evidence: { findings: ['f-1', 'f-2', 'f-3', 'f-4'] },
      },
      summaries: {
        published: { verdict: 'Important', certainty: 'Low' },
        current: { verdict: 'Essential', certainty: 'Low' },
      },
    })
    expect(diff.summaries).toEqual([{ name: 'verdict', before: 'Important', after: 'Essential' }])
    expect(summariseDiff(diff, names)).toBe('1 field, 1 finding added, verdict Important → Essential')
  })
})
