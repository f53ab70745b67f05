import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { FamilyPage } from '../../../../../../components/site/FamilyPage'
import { getFamilyPage, getOnetDataset } from '../../../../../../lib/data/cached'
import { familyMetadata, familyPageParams, pageNumber } from '../../_lib/familyRoute'

type Params = { params: Promise<{ family: string; page: string }> }

export const revalidate = 3600

export const generateStaticParams = () => familyPageParams({ firstPages: false })

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { family, page } = await params
  return familyMetadata(family, pageNumber(page))
}

/** Page 2 onwards; "/1" is not an address (page 1 is the family's own URL), so it is a 404. */
export default async function FamilyLaterPage({ params }: Params) {
  const { family, page } = await params
  const number = pageNumber(page)
  const [view, dataset] = await Promise.all([number ? getFamilyPage(family, number) : null, getOnetDataset()])
  if (!view) notFound()
  return <FamilyPage view={view} dataset={dataset} />
}
