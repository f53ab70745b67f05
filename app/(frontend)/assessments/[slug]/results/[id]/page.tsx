import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Citation } from '../../../../../../components/citations/Citation'
import { FlagLegend } from '../../../../../../components/citations/FlagLegend'
import { getResultPage } from '../../../../../../lib/assessment/data/pages'
import { BAND_Z } from '../../../../../../lib/assessment/statistics/measurementError'
import { normalCdf } from '../../../../../../lib/assessment/statistics/normal'
import { EMPIRICAL_MINIMUM } from '../../../../../../lib/assessment/scoring/placeScores'
import { PercentileChart } from '../../../_components/PercentileChart'
import { ReliabilityTable } from '../../../_components/ReliabilityTable'
import '../../../assessments.css'

type Params = { params: Promise<{ slug: string; id: string }> }

export const dynamic = 'force-dynamic'

/** A result is private to whoever holds its URL: never indexed, never cached by shared caches. */
export const metadata: Metadata = {
  // The frontend layout's title template adds the site's name.
  title: 'Your result',
  robots: { index: false, follow: false },
}

const score = (value: number) => value.toFixed(2)

export default async function ResultPage({ params }: Params) {
  const { slug, id } = await params
  const result = await getResultPage(slug, id)
  if (!result) notFound()
  const { instrument, placed, recommendations, reliability } = result
  const labels = Object.fromEntries(
    instrument.dimensions.map((dimension) => [dimension.key, dimension.label]),
  )
  const rows = instrument.dimensions.map((dimension) => ({
    key: dimension.key,
    label: dimension.label,
    placed: placed[dimension.key],
  }))
  const bandPercent = Math.round((2 * normalCdf(BAND_Z) - 1) * 100)

  return (
    <article className="assessment assessment-result">
      <header>
        <p className="assessment-kicker">Your result · {new Date(result.takenAt).toUTCString()}</p>
        <h1>{instrument.title}</h1>
        {instrument.norms.synthetic && (
          <p className="assessment-notice" role="note">
            The reference sample behind these percentiles is synthetic: it was generated for this demo, not
            collected from real people. Read the percentiles as a demonstration of the method, not as a
            comparison with a real population.
          </p>
        )}
      </header>

      <section aria-labelledby="profile">
        <h2 id="profile">Your profile</h2>
        <PercentileChart rows={rows} />
        <table className="assessment-table">
          <caption>
            Scores are the mean of each dimension’s items on the answer scale; the band is ±{BAND_Z} standard
            errors of measurement ({bandPercent}%).
          </caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col">Score</th>
              <th scope="col">Percentile</th>
              <th scope="col">Error band (score)</th>
              <th scope="col">Error band (percentile)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ key, label, placed: entry }) => (
              <tr key={key}>
                <th scope="row">{label}</th>
                <td>
                  {score(entry.score)}{' '}
                  <span className="assessment-muted">
                    of {score(entry.min)}–{score(entry.max)}
                  </span>
                </td>
                <td>{entry.percentile}</td>
                <td>
                  {entry.band
                    ? `${score(entry.band.low)}–${score(entry.band.high)}`
                    : 'needs a reliability estimate'}
                </td>
                <td>{entry.band ? `${entry.band.percentileLow}–${entry.band.percentileHigh}` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="recommendations">
        <h2 id="recommendations">What to look at next</h2>
        <ol className="assessment-recommendations">
          {recommendations.map((item) => (
            <li key={item.href} data-testid="recommendation">
              <h3>
                <Link href={item.href}>{item.title}</Link>
              </h3>
              <p>{item.basis}</p>
              <p>{item.reason}</p>
              {item.finding ? (
                <p className="assessment-evidence-line" data-claim>
                  Evidence: <strong>{item.finding.headline}</strong> —{' '}
                  <cite>{item.finding.source.title}</cite>. <Citation source={item.finding.source} />
                </p>
              ) : (
                <p className="assessment-muted">
                  The finding behind this recommendation has been withdrawn for review.
                </p>
              )}
            </li>
          ))}
        </ol>
      </section>

      <FlagLegend entries={result.flagLegend} />

      <section aria-labelledby="methodology">
        <h2 id="methodology">How this was scored</h2>
        <p>
          Scoring happens on the server. Each percentile comes from{' '}
          {Object.values(placed).some((entry) => entry.method === 'empirical')
            ? `the scores of at least ${EMPIRICAL_MINIMUM} real readers`
            : `a normal model of the reference sample (fewer than ${EMPIRICAL_MINIMUM} real readers so far)`}
          . Reference sample: {instrument.norms.sampleDescription}
        </p>
        {reliability ? (
          <ReliabilityTable reliability={reliability} labels={labels} />
        ) : (
          <p>Reliability has not been computed yet: there are too few responses.</p>
        )}
        <p>
          <Link href={`/assessments/${slug}?retakeOf=${id}`}>Take it again</Link> — a retake is linked to this
          result and feeds the test-retest figure.
        </p>
      </section>
    </article>
  )
}
