import type { ServerProps } from 'payload'
import React from 'react'

import { actorOf } from '../lib/actor'
import type { ResolvedWorkflowOptions } from '../types'
import { WorkflowActionsClient } from './WorkflowActionsClient'

type Props = ServerProps & { workflow: ResolvedWorkflowOptions }

/**
 * Takes the place of Payload's Publish button: the review actions this person may take. Whether
 * someone writes or reviews is decided here, on the server, with the host's own rule.
 */
export const WorkflowActions = ({ user, workflow }: Props) => {
  const actor = actorOf(user, workflow)
  if (!actor) return null
  return <WorkflowActionsClient actor={actor} />
}
