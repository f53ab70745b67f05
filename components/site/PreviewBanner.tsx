import { draftMode } from 'next/headers'
import React from 'react'

/** Tells an editor in preview that they are seeing drafts, and how to leave. */
export const PreviewBanner = async () => {
  if (!(await draftMode()).isEnabled) return null
  return (
    <div className="preview-banner" role="status">
      You are previewing unpublished drafts. Readers do not see this version.{' '}
      <a href="/preview/exit">Leave preview</a>
    </div>
  )
}
