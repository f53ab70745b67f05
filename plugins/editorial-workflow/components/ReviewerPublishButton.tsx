import { PublishButton } from '@payloadcms/ui'
import type { ServerProps, TypedUser } from 'payload'
import React from 'react'

type Props = ServerProps & { isReviewer: (user: TypedUser | null | undefined) => boolean }

/** Editors never see a Publish button: a reviewer publishes once the document is approved. */
export const ReviewerPublishButton = ({ user, isReviewer }: Props) => {
  if (!isReviewer(user)) return null
  return <PublishButton />
}
