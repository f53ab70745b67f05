import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

/** Leaves preview: the site goes back to showing published pages only. */
export async function GET(request: Request) {
  ;(await draftMode()).disable()
  const back = new URL(request.url).searchParams.get('path') ?? '/'
  redirect(back.startsWith('/') && !back.startsWith('//') ? back : '/')
}
