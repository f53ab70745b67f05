import type { Field, FieldAccess } from 'payload'

import { actorOf } from './lib/actor'
import { STAGE_LABELS, STAGES } from './stages'
import type { ResolvedWorkflowOptions } from './types'

/**
 * The workflow's bookkeeping is for the people in it. Readers can neither read it nor query it (a
 * `where` on a field they cannot read is refused), which also closes paths into user accounts.
 */
const teamOnly = (options: ResolvedWorkflowOptions): { read: FieldAccess } => ({
  read: ({ req }) => actorOf(req.user, options) !== null,
})

/** Screen furniture that calls the plugin's endpoints: left out when the plugin is disabled. */
const onScreen = (options: ResolvedWorkflowOptions, field: Field): Field[] =>
  options.disabled ? [] : [field]

/** The open change request, read-only at the top of the document, where the editor starts. */
export const changeRequestField = (options: ResolvedWorkflowOptions): Field[] =>
  onScreen(options, {
    name: 'changeRequest',
    type: 'ui',
    admin: { components: { Field: `${options.exportPath}/client#ChangeRequestBanner` } },
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
      readOnly: true,
      description: 'Moved by the review actions beside Save Draft.',
    },
  },
  {
    name: 'reviewNote',
    type: 'textarea',
    access: teamOnly(options),
    // Written with "Request changes" and shown to the editor at the top of the document.
    admin: { hidden: true },
  },
  {
    name: 'changedBy',
    type: 'relationship',
    access: teamOnly(options),
    relationTo: options.usersSlug,
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'Who changed the content in this version.',
      ...(options.disabled
        ? {}
        : {
            components: {
              Field: {
                path: `${options.exportPath}/client#PersonField`,
                clientProps: { usersSlug: options.usersSlug, nameField: options.userNameField },
              },
            },
          }),
    },
  },
  ...onScreen(options, {
    name: 'readinessChecklist',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: { Field: `${options.exportPath}/client#ReadinessChecklist` },
    },
  }),
]
