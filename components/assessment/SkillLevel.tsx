import type { LevelView } from '../../lib/assessment/result/levelView'
import { Advice } from './Advice'

type DimensionView = LevelView['dimensions'][number]

function RubricAnswers({ answers }: { answers: DimensionView['answers'] }) {
  return (
    <ul className="rubric-answers">
      {answers.map((answer) => (
        <li key={answer.item}>
          <p className="rubric-question">{answer.question}</p>
          <p>
            You chose level {answer.position} of {answer.of} ({answer.levelLabel.toLowerCase()}):{' '}
            {answer.anchor}
          </p>
          {answer.evidence ? (
            <blockquote className="rubric-evidence" data-testid="evidence-note">
              <p>Your note: {answer.evidence}</p>
            </blockquote>
          ) : null}
          <p className="card-meta">
            {answer.next
              ? `Next level up: ${answer.next.description}`
              : 'This is the highest level the question describes.'}
          </p>
        </li>
      ))}
    </ul>
  )
}

/** A skill-level result: the level overall and per dimension, each defined by the rubric anchors. */
export function SkillLevel({ level }: { level: LevelView }) {
  return (
    <>
      {level.overall ? (
        <div className="skill-level-overall" data-testid="skill-level">
          <p className="lede">
            Your overall level: <strong>{level.overall.label}</strong>
          </p>
          <p>{level.overall.meaning}</p>
        </div>
      ) : (
        <p>Your level could not be set: this result has no answers to the level questions.</p>
      )}
      {level.dimensions.map((dimension) => (
        <section
          key={dimension.key}
          className="card skill-dimension"
          aria-labelledby={`level-${dimension.key}`}
        >
          <h3 id={`level-${dimension.key}`}>
            {dimension.label}: {dimension.level ? dimension.level.label.toLowerCase() : 'no level questions'}
          </h3>
          {dimension.level ? <p className="card-meta">{dimension.level.meaning}</p> : null}
          <RubricAnswers answers={dimension.answers} />
          {dimension.advice.length > 0 ? (
            <>
              <h4>What to do next, and the evidence for it</h4>
              <ul className="advice-list">
                {dimension.advice.map((item) => (
                  <Advice key={item.href + item.reason} item={item} />
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ))}
      {level.otherAdvice.length > 0 ? (
        <ul className="advice-list">
          {level.otherAdvice.map((item) => (
            <Advice key={item.href + item.reason} item={item} />
          ))}
        </ul>
      ) : null}
    </>
  )
}
