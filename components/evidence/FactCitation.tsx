import Link from 'next/link'

import type { DatasetFactView, SourceView } from '../../lib/data/types'
import { referenceNumber } from '../../lib/data/shape/references'
import { Citation } from '../citations/Citation'

/** A dataset fact as a rating cites it: what the dataset records, the release cited, its credit. */
export function FactCitation({ fact, references }: { fact: DatasetFactView; references: SourceView[] }) {
  return (
    <span className="fact-citation" data-dataset-fact={fact.key}>
      <strong>{fact.label}</strong>: {fact.statement}.{' '}
      {fact.source ? (
        <Citation source={fact.source} number={referenceNumber(references, fact.source.id)} />
      ) : null}
      <span className="fact-attribution" data-fact-attribution>
        {fact.attribution}
        {fact.source ? (
          <>
            {' '}
            <Link href={fact.source.href}>About the {fact.source.title}: provenance and licence</Link>.
          </>
        ) : null}
      </span>
    </span>
  )
}
