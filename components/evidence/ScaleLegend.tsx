import type { ScaleStep } from '../../lib/data/types'

/**
 * An ordinal scale, highest first, with what each value means. The page's value is marked in words
 * ("this page's answer"), so the mark survives without colour, in print and in a screen reader.
 */
export function ScaleLegend({ steps, label, mark }: { steps: ScaleStep[]; label: string; mark: string }) {
  return (
    <ol className="scale" aria-label={label}>
      {steps.map((step) => (
        <li
          key={step.value}
          className={step.current ? 'scale-step scale-current' : 'scale-step'}
          data-scale-value={step.value}
          aria-current={step.current ? 'true' : undefined}
        >
          <strong>{step.label}</strong>
          {step.current ? <span className="scale-mark"> ({mark})</span> : null}: {step.legend}
        </li>
      ))}
    </ol>
  )
}
