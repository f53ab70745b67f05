import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { FamilyPage } from '../../../../../components/site/FamilyPage'
import { getFamilyPage, getOnetDataset } from '../../../../../lib/data/cached'
import { familyMetadata, familyPageParams } from '../_lib/familyRoute'

type Params = { params: Promise<{ family: string }> }

export const revalidate = 3600

export const generateStaticParams = () => familyPageParams({ firstPages: true })

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return familyMetadata((await params).family, 1)
}

export default async function FamilyFirstPage({ params }: Params) {
  const { family } = await params
  const [view, dataset] = await Promise.all([getFamilyPage(family, 1), getOnetDataset()])
  if (!view) notFound()
  return <FamilyPage view={view} dataset={dataset} />
}
