import type { InstrumentItem } from '../../lib/assessment/instrument'

type QuestionProps = {
  item: InstrumentItem
  scaleLabels: { value: number; label: string }[]
  value: string | undefined
  note: string
  /** Not answered (or refused) when the reader tried to move on: shown in words as well as colour. */
  missing: boolean
  /** The first such question after a refused submission without JavaScript gets the focus. */
  autoFocus: boolean
  onChange: (value: string) => void
  onNote: (note: string) => void
}

const optionsOf = (item: InstrumentItem, scaleLabels: QuestionProps['scaleLabels']) =>
  item.type === 'likert'
    ? Array.from({ length: item.max - item.min + 1 }, (_, index) => {
        const point = item.min + index
        return {
          value: point,
          label: scaleLabels.find((entry) => entry.value === point)?.label ?? String(point),
        }
      })
    : item.levels.map((level) => ({ value: level.value, label: level.description }))

/**
 * One question: a Likert item's points in one row, read as a single scale even on a phone, or a
 * rubric item's levels one under another, with room for the evidence the reader wants kept.
 */
export function Question({
  item,
  scaleLabels,
  value,
  note,
  missing,
  autoFocus,
  onChange,
  onNote,
}: QuestionProps) {
  return (
    <fieldset
      className={`assessment-item assessment-item--${item.type}${missing ? ' assessment-item--missing' : ''}`}
    >
      <legend>
        {item.text}
        {missing ? <span className="assessment-missing-note"> Not answered yet</span> : null}
      </legend>
      <div className={item.type === 'likert' ? 'likert-scale' : 'rubric-levels'}>
        {optionsOf(item, scaleLabels).map((option, index) => (
          <label key={option.value}>
            <input
              type="radio"
              name={`answer.${item.key}`}
              value={option.value}
              required={index === 0}
              autoFocus={autoFocus && index === 0}
              checked={value === String(option.value)}
              onChange={() => onChange(String(option.value))}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {item.type === 'rubric' && item.allowEvidence && (
        <label className="assessment-evidence">
          <span>What you built or did (optional, not scored; shown back on your result)</span>
          <textarea
            name={`evidence.${item.key}`}
            maxLength={2000}
            rows={2}
            value={note}
            onChange={(event) => onNote(event.target.value)}
          />
        </label>
      )}
    </fieldset>
  )
}
