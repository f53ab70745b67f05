import Link from 'next/link'

import type { AdviceView } from '../../lib/assessment/result/levelView'
import { Citation } from '../citations/Citation'

/** One cited next step, its finding shown right beside the advice it supports. */
export function Advice({ item }: { item: AdviceView }) {
  const { finding } = item
  return (
    <li data-testid="recommendation" className="advice">
      <p>
        <strong>
          <Link href={item.href}>{item.title}</Link>
        </strong>{' '}
        — {item.reason}
      </p>
      <p className="card-meta">{item.basis}</p>
      {finding ? (
        <p className="assessment-evidence-line">
          Evidence: <strong>{finding.headline}</strong> — <cite>{finding.source.title}</cite>.{' '}
          <Citation source={finding.source} />
        </p>
      ) : (
        <p className="assessment-muted">The finding behind this advice has been withdrawn for review.</p>
      )}
    </li>
  )
}
