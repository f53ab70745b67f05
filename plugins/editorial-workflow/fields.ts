import type { Field, FieldAccess } from 'payload'

import { actorOf } from './lib/actor'
import { STAGE_LABELS, STAGES, TRANSITIONS } from './stages'
import type { ResolvedWorkflowOptions } from './types'

const COMPONENTS = '/plugins/editorial-workflow/components'

/**
 * The workflow's bookkeeping is for the people in it. Readers can neither read it nor query it (a
 * `where` on a field they cannot read is refused), which also closes paths into user accounts.
 */
const teamOnly = (options: ResolvedWorkflowOptions): { read: FieldAccess } => ({
  read: ({ req }) => actorOf(req.user, options) !== null,
})

/** The sidebar fields the workflow adds to each collection it governs. */
export const workflowFields = (options: ResolvedWorkflowOptions): Field[] => [
  {
    name: 'stage',
    access: teamOnly(options),
    type: 'select',
    defaultValue: 'draft',
    index: true,
    options: STAGES.map((stage) => ({ label: STAGE_LABELS[stage], value: stage })),
    admin: {
      position: 'sidebar',
      description: 'Choose the next review stage and save. Publishing uses the Publish button once approved.',
    },
    filterOptions: ({ data, options: choices, req }) => {
      const current = (data?.stage as string | undefined) ?? 'draft'
      const actor = actorOf(req.user, options)
      const next = TRANSITIONS.filter((t) => t.from === current && actor && t.by.includes(actor)).map(
        (t) => t.to,
      )
      return choices.filter((choice) => {
        const value = typeof choice === 'string' ? choice : choice.value
        return value === current || next.includes(value as (typeof next)[number])
      })
    },
  },
  {
    name: 'reviewNote',
    type: 'textarea',
    access: teamOnly(options),
    admin: {
      position: 'sidebar',
      description: 'Required when requesting changes: tell the editor what to fix.',
    },
  },
  {
    name: 'changedBy',
    type: 'relationship',
    access: teamOnly(options),
    relationTo: options.usersSlug,
    admin: { position: 'sidebar', readOnly: true, description: 'Who changed the content in this version.' },
  },
  {
    name: 'readinessChecklist',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: {
        Field: {
          path: `${COMPONENTS}/ReadinessChecklist#ReadinessChecklist`,
          serverProps: { checkReadiness: options.checkReadiness },
        },
      },
    },
  },
]
