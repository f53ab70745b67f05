import type { Metadata } from 'next'

import { getFamilies, getFamilyPage } from '../../../../../lib/data/cached'
import { CAREERS_PER_FAMILY_PAGE } from '../../../../../lib/data/pages/families'
import { pageMetadata } from '../../../../../lib/site/metadata'
import { paths } from '../../../../../lib/site/paths'

export { pageNumber } from '../../../../../lib/site/pageNumber'

/** Every family's every page, so each is built ahead: 23 families, a few dozen pages in all. */
export const familyPageParams = async ({ firstPages }: { firstPages: boolean }) =>
  (await getFamilies()).flatMap((family) =>
    Array.from({ length: Math.ceil(family.careers / CAREERS_PER_FAMILY_PAGE) }, (_, index) => index + 1)
      .filter((page) => (firstPages ? page === 1 : page > 1))
      .map((page) => ({ family: family.code, ...(firstPages ? {} : { page: String(page) }) })),
  )

export const familyMetadata = async (family: string, page: number | null): Promise<Metadata> => {
  const view = page ? await getFamilyPage(family, page) : null
  if (!view) return {}
  return pageMetadata({
    title: `${view.family.title} careers${view.page > 1 ? `, page ${view.page}` : ''}`,
    description: `The ${view.totalCareers} occupations of the ${view.family.title} job family, with what each involves.`,
    path: paths.family(view.family.code, view.page),
  })
}
