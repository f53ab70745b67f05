import type { Metadata } from 'next'

import { OnetAttribution } from '../../../../components/onet/OnetAttribution'
import { Breadcrumbs } from '../../../../components/site/Breadcrumbs'
import { FamilyList } from '../../../../components/site/FamilyList'
import { getFamilies, getOnetDataset } from '../../../../lib/data/cached'
import { pageMetadata } from '../../../../lib/site/metadata'
import { paths } from '../../../../lib/site/paths'

export const revalidate = 3600

export const metadata: Metadata = pageMetadata({
  title: 'Careers by job family',
  description: 'Every occupation in the O*NET database, grouped by job family (SOC major group).',
  path: paths.families(),
})

export default async function FamiliesPage() {
  const [families, dataset] = await Promise.all([getFamilies(), getOnetDataset()])
  const total = families.reduce((sum, family) => sum + family.careers, 0)
  return (
    <article>
      <Breadcrumbs
        crumbs={[
          { name: 'Careers', path: paths.hub() },
          { name: 'Job families', path: paths.families() },
        ]}
      />
      <header className="page-header">
        <h1>Careers by job family</h1>
        <p className="lede">
          {total} occupations from the O*NET database, in the {families.length} major groups of the Standard
          Occupational Classification.
        </p>
      </header>
      <FamilyList families={families} />
      <OnetAttribution dataset={dataset} />
    </article>
  )
}
