import 'server-only'

import { draftMode, headers } from 'next/headers'
import type { TypedUser } from 'payload'

import { isStaffUser } from '../../access/roles'
import { sitePayload } from './payload'

/**
 * The editor or reviewer previewing drafts, or null for everyone else. Draft mode alone is not
 * enough: the cookie must come with a signed-in member of the editorial team. Outside a request
 * (at build time) there is no preview.
 */
export const previewViewer = async (): Promise<TypedUser | null> => {
  let enabled = false
  try {
    enabled = (await draftMode()).isEnabled
  } catch {
    return null
  }
  if (!enabled) return null
  const payload = await sitePayload()
  const { user } = await payload.auth({ headers: await headers() })
  return user && isStaffUser(user) ? user : null
}
