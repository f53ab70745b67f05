import type { Instrument } from '../../lib/assessment/instrument'

/** What the reader is about to take: how long, how many questions, and how to answer. */
export function TakeHeader({ instrument }: { instrument: Instrument }) {
  return (
    <header>
      <p className="assessment-kicker">
        Assessment · about {instrument.estimatedMinutes} minutes · {instrument.items.length} questions
      </p>
      <h1>{instrument.title}</h1>
      <p>{instrument.summary}</p>
      <p className="assessment-instructions">{instrument.instructions}</p>
    </header>
  )
}
