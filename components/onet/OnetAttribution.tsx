import Link from 'next/link'

import type { DatasetView } from '../../lib/data/onetTypes'
import { onetAttribution } from '../../lib/onet/attribution'

/** The credit the O*NET licence asks for, on every page showing its data, linked to the dataset's provenance. */
export function OnetAttribution({ dataset }: { dataset: DatasetView | null }) {
  return (
    <p className="attribution" data-onet-attribution>
      {dataset ? dataset.attribution : onetAttribution(null)}
      {dataset ? (
        <>
          {' '}
          <Link href={dataset.href}>About the {dataset.title}: provenance and licence</Link>.
        </>
      ) : null}
    </p>
  )
}
