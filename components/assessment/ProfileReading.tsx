import type { ProfileReading as Reading } from '../../lib/assessment/interests/describeProfile'

/** The plain-language reading that opens a matching result. */
export function ProfileReading({ reading }: { reading: Reading }) {
  return (
    <div className="profile-reading" data-testid="profile-reading">
      <p className="lede">{reading.headline}</p>
      {reading.sentences.map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
    </div>
  )
}
