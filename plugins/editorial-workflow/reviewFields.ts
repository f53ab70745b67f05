import type { Field } from 'payload'

import type { ResolvedWorkflowOptions } from './types'

const COMPONENTS = '/plugins/editorial-workflow/components'

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
    components: { Field: { path: `${COMPONENTS}/${component}`, serverProps: { workflow: options } } },
  },
})

/** The panel at the top of a document: what changed since it was published, for reviewers. */
export const whatChangedField = (options: ResolvedWorkflowOptions): Field =>
  panel('reviewWhatChanged', 'WhatChanged#WhatChanged', options, false)

/** The sidebar panels of the review: its bundle, who has claimed it, and its schedule. */
export const reviewSidebarFields = (options: ResolvedWorkflowOptions): Field[] => [
  panel('reviewBundle', 'BundlePanel#BundlePanel', options, true),
  panel('reviewClaim', 'ClaimPanel#ClaimPanel', options, true),
  panel('reviewSchedule', 'SchedulePanel#SchedulePanel', options, true),
]
