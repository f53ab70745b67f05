import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { sameSitePath } from '../../../../lib/site/sameSitePath'

/** Leaves preview: the site goes back to showing published pages only, on the page the person was on. */
export async function GET(request: Request) {
  ;(await draftMode()).disable()
  redirect(sameSitePath(new URL(request.url).searchParams.get('path')))
}
