import type { Field } from 'payload'

import type { ResolvedWorkflowOptions } from './types'

const panel = (
  name: string,
  component: string,
  options: ResolvedWorkflowOptions,
  sidebar: boolean,
): Field => ({
  name,
  type: 'ui',
  admin: {
    ...(sidebar ? { position: 'sidebar' as const } : {}),
    components: {
      Field: { path: `${options.exportPath}/rsc#${component}`, serverProps: { workflow: options } },
    },
  },
})

/** The panel at the top of a document: what changed since it was published, for reviewers. */
export const whatChangedField = (options: ResolvedWorkflowOptions): Field =>
  panel('reviewWhatChanged', 'WhatChanged', options, false)

/** The sidebar panels of the review: its bundle, who has claimed it, and its schedule. */
export const reviewSidebarFields = (options: ResolvedWorkflowOptions): Field[] => [
  panel('reviewBundle', 'BundlePanel', options, true),
  panel('reviewClaim', 'ClaimPanel', options, true),
  panel('reviewSchedule', 'SchedulePanel', options, true),
]
