export const STAGES = [
  'draft',
  'in-review',
  'changes-requested',
  'approved',
  'published',
  'retracted',
] as const

export type Stage = (typeof STAGES)[number]

/** Who may make a transition: people who write, or people who review. */
export type Actor = 'editor' | 'reviewer'

export type Transition = {
  from: Stage
  to: Stage
  by: Actor[]
  /** The reviewer must say why; the note is shown to the editor. */
  needsNote?: boolean
  /** The document must pass its readiness check. */
  needsReadiness?: boolean
  /** Nobody may make it for content they changed since the last publication. */
  fourEyes?: boolean
}

/**
 * The review workflow as data. Publishing (approved → published) is made by Payload's own publish
 * (`_status: 'published'`), never by setting the stage; a content edit sends a reviewed document back
 * to draft.
 */
export const TRANSITIONS: Transition[] = [
  { from: 'draft', to: 'in-review', by: ['editor', 'reviewer'], needsReadiness: true },
  { from: 'changes-requested', to: 'in-review', by: ['editor', 'reviewer'], needsReadiness: true },
  { from: 'in-review', to: 'approved', by: ['reviewer'], needsReadiness: true, fourEyes: true },
  { from: 'in-review', to: 'changes-requested', by: ['reviewer'], needsNote: true },
  { from: 'approved', to: 'changes-requested', by: ['reviewer'], needsNote: true },
  { from: 'approved', to: 'published', by: ['reviewer'], needsReadiness: true, fourEyes: true },
  { from: 'published', to: 'retracted', by: ['reviewer'] },
  { from: 'retracted', to: 'draft', by: ['editor', 'reviewer'] },
]

/** Stages whose review covers one version: editing the content starts the review again. */
export const REVIEWED_STAGES: Stage[] = ['in-review', 'approved', 'published', 'retracted']

export const findTransition = (from: Stage, to: Stage): Transition | undefined =>
  TRANSITIONS.find((transition) => transition.from === from && transition.to === to)

export const STAGE_LABELS: Record<Stage, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  'changes-requested': 'Changes requested',
  approved: 'Approved',
  published: 'Published',
  retracted: 'Retracted',
}
