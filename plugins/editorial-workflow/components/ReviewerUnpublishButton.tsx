import { UnpublishButton } from '@payloadcms/ui'
import type { ServerProps, TypedUser } from 'payload'
import React from 'react'

type Props = ServerProps & { isReviewer: (user: TypedUser | null | undefined) => boolean }

/** Unpublishing is a retraction, which only reviewers and admins make; editors are not offered it. */
export const ReviewerUnpublishButton = ({ user, isReviewer }: Props) => {
  if (!isReviewer(user)) return null
  return <UnpublishButton />
}
