import { describe, expect, it } from 'vitest'

import { type ActionSituation, availableActions } from '../../plugins/editorial-workflow/lib/actions'
import { fieldPathFor } from '../../plugins/editorial-workflow/lib/fieldLocation'
import { STAGES, type Stage } from '../../plugins/editorial-workflow/stages'

const situation = (overrides: Partial<ActionSituation>): ActionSituation => ({
  stage: 'draft',
  actor: 'editor',
  authoredByYou: false,
  ready: true,
  problems: 0,
  unsaved: false,
  ...overrides,
})

const offered = (overrides: Partial<ActionSituation>) =>
  availableActions(situation(overrides)).offered.map((action) => action.label)
const held = (overrides: Partial<ActionSituation>) =>
  availableActions(situation(overrides)).held.map(({ action, reason }) => `${action.label} | ${reason}`)

describe('availableActions', () => {
  it.each<[Stage, string[], string[]]>([
    ['draft', ['Submit for review'], ['Submit for review']],
    ['in-review', [], ['Request changes', 'Approve']],
    ['changes-requested', ['Submit for review'], ['Submit for review']],
    ['approved', [], ['Request changes', 'Publish']],
    ['published', [], ['Unpublish']],
    ['retracted', [], []],
  ])('in %s, offers an editor %j and a reviewer %j', (stage, editor, reviewer) => {
    expect(offered({ stage, actor: 'editor' })).toEqual(editor)
    expect(offered({ stage, actor: 'reviewer' })).toEqual(reviewer)
  })

  it('never offers an editor Approve, Publish or Unpublish, in any stage', () => {
    for (const stage of STAGES) {
      const everything = [
        ...offered({ stage, actor: 'editor' }),
        ...availableActions(situation({ stage, actor: 'editor' })).held.map(({ action }) => action.label),
      ]
      expect(everything, stage).not.toContain('Approve')
      expect(everything, stage).not.toContain('Publish')
      expect(everything, stage).not.toContain('Unpublish')
    }
  })

  it('offers readers nothing', () => {
    for (const stage of STAGES)
      expect(availableActions(situation({ stage, actor: null }))).toEqual({ offered: [], held: [] })
  })

  it('does not offer Publish on a document in review, where it could only fail', () => {
    expect(offered({ stage: 'in-review', actor: 'reviewer' })).not.toContain('Publish')
  })

  it('holds back approving and publishing from a reviewer who changed the content (four-eyes)', () => {
    expect(offered({ stage: 'in-review', actor: 'reviewer', authoredByYou: true })).toEqual([
      'Request changes',
    ])
    expect(held({ stage: 'in-review', actor: 'reviewer', authoredByYou: true })).toEqual([
      'Approve | Four-eyes rule. You changed this content since it was last published, so another reviewer must approve it.',
    ])
    expect(held({ stage: 'approved', actor: 'reviewer', authoredByYou: true })).toEqual([
      'Publish | Four-eyes rule. You changed this content since it was last published, so another reviewer must publish it.',
    ])
  })

  it('holds back submitting and approving until the checklist passes, and says how much is left', () => {
    expect(offered({ stage: 'draft', ready: false, problems: 3 })).toEqual([])
    expect(held({ stage: 'draft', ready: false, problems: 3 })).toEqual([
      'Submit for review | Fix the 3 problems in the readiness checklist to submit for review.',
    ])
    expect(held({ stage: 'in-review', actor: 'reviewer', ready: false, problems: 1 })).toEqual([
      'Approve | Fix the problem in the readiness checklist to approve.',
    ])
    expect(held({ stage: 'draft', ready: null })).toEqual(['Submit for review | Checking readiness…'])
  })

  it('lets an editor submit with unsaved edits, but approves and publishes only what is saved', () => {
    expect(offered({ stage: 'draft', unsaved: true })).toEqual(['Submit for review'])
    expect(offered({ stage: 'approved', actor: 'reviewer', unsaved: true })).toEqual(['Request changes'])
    expect(held({ stage: 'approved', actor: 'reviewer', unsaved: true })).toContain(
      'Publish | Publish covers the saved version only. Undo your edits, or save them as a draft for review.',
    )
    expect(held({ stage: 'published', actor: 'reviewer', unsaved: true })).toContain(
      'Unpublish | Save or undo your edits before unpublishing.',
    )
  })

  it('tells a person editing a reviewed document to save before submitting', () => {
    for (const stage of ['in-review', 'approved', 'published', 'retracted'] as const) {
      expect(held({ stage, unsaved: true }), stage).toContain(
        'Submit for review | Save Draft first. Your edits start a new review, which you can then submit.',
      )
    }
    expect(held({ stage: 'published' })).toEqual([])
  })

  it('needs no readiness to request changes or unpublish', () => {
    expect(offered({ stage: 'in-review', actor: 'reviewer', ready: false, problems: 2 })).toEqual([
      'Request changes',
    ])
    expect(offered({ stage: 'published', actor: 'reviewer', ready: false, problems: 2 })).toEqual([
      'Unpublish',
    ])
  })
})

describe('fieldPathFor', () => {
  const form = [
    'name',
    'taxonomy',
    'taxonomy.onetSoc',
    'headlineFindings',
    'screening',
    'screening.0.howScreened',
  ]

  it('points a problem at its own field when the form holds it', () => {
    expect(fieldPathFor('taxonomy.onetSoc', form)).toBe('taxonomy.onetSoc')
    expect(fieldPathFor('screening.0.howScreened', form)).toBe('screening.0.howScreened')
  })

  it('points a problem inside what a field cites at that field', () => {
    expect(fieldPathFor('headlineFindings.1.source', form)).toBe('headlineFindings')
  })

  it('points nowhere for a problem that belongs to no field', () => {
    expect(fieldPathFor('', form)).toBeNull()
    expect(fieldPathFor('career', form)).toBeNull()
  })
})
