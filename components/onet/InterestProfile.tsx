import type { InterestProfileView } from '../../lib/data/onetTypes'
import { FactSource } from './FactSource'
import { InterestChart } from './InterestChart'

/** The occupation's RIASEC profile: the chart, the values in text, and its high-point code explained. */
export function InterestProfile({ id, profile }: { id: string; profile: InterestProfileView }) {
  const { highPoint } = profile
  return (
    <div className="interest-profile">
      {highPoint ? (
        <p>
          High-point code <strong>{highPoint.code}</strong>: the{' '}
          {highPoint.areas.length > 1 ? `${highPoint.areas.length} interest areas` : 'interest area'} that
          stand out most for this work, strongest first —{' '}
          {highPoint.areas.map((area) => `${area.name} (${area.letter})`).join(', ')}.
        </p>
      ) : (
        <p>O*NET names no interest area that stands out for this occupation.</p>
      )}
      <InterestChart id={id} scores={profile.scores} />
      <dl className="facts interest-values">
        {profile.scores.map((entry) => (
          <div key={entry.letter}>
            <dt>
              {entry.name} ({entry.letter})
            </dt>
            <dd>
              <strong>{entry.score.toFixed(2)}</strong> of 7 — {entry.description}
            </dd>
          </div>
        ))}
      </dl>
      <p className="fact-note">
        Scores: <FactSource provenance={profile.provenance} />
      </p>
    </div>
  )
}
