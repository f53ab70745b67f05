import type { Payload, TypedUser } from 'payload'

import { paths } from './paths'

type PreviewArgs = { payload: Payload; user: TypedUser; collection: string; id: string }

const slugOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { slug?: string }).slug : undefined

/**
 * The public page on which a document's newest version is seen. Read as the signed-in editor,
 * so the draft itself decides where it shows.
 */
export const previewPath = async ({ payload, user, collection, id }: PreviewArgs): Promise<string | null> => {
  const read = (slug: 'careers' | 'skills' | 'career-skills' | 'findings' | 'faqs' | 'sources') =>
    payload.findByID({
      collection: slug,
      id,
      draft: true,
      depth: 1,
      overrideAccess: false,
      user,
    }) as unknown as Promise<Record<string, unknown>>
  switch (collection) {
    case 'careers':
      return paths.career(String((await read('careers')).slug))
    case 'skills':
      return paths.skill(String((await read('skills')).slug))
    case 'career-skills': {
      const page = await read('career-skills')
      const [career, skill] = [slugOf(page.career), slugOf(page.skill)]
      return career && skill ? paths.evidence(career, skill) : null
    }
    case 'sources':
      return paths.source(id)
    case 'findings': {
      const source = (await read('findings')).source
      return source && typeof source === 'object' ? paths.source(String((source as { id: string }).id)) : null
    }
    case 'faqs': {
      const career = slugOf(((await read('faqs')).careers as unknown[] | undefined)?.[0])
      return career ? paths.career(career) : paths.hub()
    }
    default:
      return null
  }
}
