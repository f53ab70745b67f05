import Link from 'next/link'

import type { Methodology as MethodologyFigures } from '../../lib/data/methodology'

/**
 * The assessment's reliability, computed from collected responses. With no figures yet the section
 * says so plainly: a missing figure is stated, never printed as a blank.
 */
export function Methodology({
  methodology,
  skillName,
}: {
  methodology: MethodologyFigures | null
  skillName: string
}) {
  if (!methodology) {
    return (
      <p>
        No assessment for {skillName} has collected enough responses yet, so no reliability figures exist for
        it. When one has, this section will report its internal consistency and test–retest reliability,
        computed from those responses.
      </p>
    )
  }
  return (
    <div>
      <p>
        Figures for <Link href={methodology.assessmentHref}>{methodology.assessmentTitle}</Link>, computed
        from {methodology.responses.toLocaleString('en-GB')} completed responses.
        {methodology.synthetic
          ? ' These responses are a generated demonstration sample, not real test-takers, so the figures show how the calculation works rather than how the instrument performs.'
          : ''}
      </p>
      <ul>
        {methodology.internalConsistency.map((row) => (
          <li key={row.dimension}>
            {row.dimension}: Cronbach&rsquo;s alpha {row.alpha.toFixed(2)}
          </li>
        ))}
        {methodology.testRetest ? (
          <li>
            Test–retest correlation {methodology.testRetest.r.toFixed(2)} over{' '}
            {methodology.testRetest.intervalDays} days
          </li>
        ) : (
          <li>Too few people have taken it twice to estimate test–retest reliability.</li>
        )}
      </ul>
    </div>
  )
}
