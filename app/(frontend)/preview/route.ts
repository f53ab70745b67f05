import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { isStaffUser } from '../../../access/roles'
import { sitePayload } from '../../../lib/data/payload'
import { previewPath } from '../../../lib/site/previewPath'
import { isValidPreviewToken } from '../../../plugins/editorial-workflow'

const refuse = (status: number, message: string) =>
  new Response(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })

/**
 * Opens a draft on its real public page. Needs both the signed link the admin panel gives and a
 * signed-in member of the editorial team: readers never get draft mode.
 */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const collection = url.searchParams.get('collection') ?? ''
  const id = url.searchParams.get('id') ?? ''
  const token = url.searchParams.get('token') ?? ''
  const payload = await sitePayload()

  if (!collection || !id || !isValidPreviewToken({ secret: payload.secret, collection, id, token })) {
    return refuse(
      400,
      'This preview link is not valid. Open the preview from the document in the admin panel.',
    )
  }
  const { user } = await payload.auth({ headers: request.headers })
  if (!user || !isStaffUser(user)) {
    return refuse(403, 'Previews are for the editorial team. Sign in to the admin panel first.')
  }
  const path = await previewPath({ payload, user, collection, id }).catch(() => null)
  if (!path) return refuse(404, 'This document has no public page to preview yet.')

  ;(await draftMode()).enable()
  redirect(path)
}
