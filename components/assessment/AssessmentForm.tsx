'use client'

import { useActionState } from 'react'

import { EMPTY_TAKE_FORM, type TakeFormState } from '../../lib/assessment/submit/takeFormState'
import { Question } from './Question'
import { ResumeNotice } from './ResumeNotice'
import { type Group, useTakeFlow } from './useTakeFlow'

type Props = {
  slug: string
  groups: Group[]
  scaleLabels: { value: number; label: string }[]
  /** Minted by the server for this request, for the form as sent without JavaScript. */
  idempotencyKey: string
  /** The result id of the attempt this one retakes, when the reader came from "Take it again". */
  retakeOf?: string
  /** The page's server function: the form's target before (or without) JavaScript. */
  action: (state: TakeFormState, data: FormData) => Promise<TakeFormState>
}

/**
 * The take flow. Rendered on the server it is one plain form of every question, posted to the page's
 * server function (JavaScript off: a refusal comes back with every answer still chosen); once
 * hydrated it shows one group at a time with a progress bar, resumes after a reload and submits JSON.
 */
export function AssessmentForm({ slug, groups, scaleLabels, idempotencyKey, retakeOf, action }: Props) {
  const [state, formAction] = useActionState(action, EMPTY_TAKE_FORM)
  const flow = useTakeFlow({ slug, groups, idempotencyKey, retakeOf, posted: state.posted })
  const refused = new Set(state.refusal?.questions ?? [])
  const firstRefused = state.refusal?.questions[0]
  const message = flow.message ?? (flow.enhanced ? null : state.refusal?.message)

  return (
    <form className="assessment-form" action={formAction} onSubmit={flow.submit} noValidate={flow.enhanced}>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="idempotencyKey" value={flow.key} />
      {retakeOf && <input type="hidden" name="retakeOf" value={retakeOf} />}
      {flow.resumed && (
        <ResumeNotice answered={flow.answered} total={flow.total} onStartOver={flow.startOver} />
      )}
      {flow.enhanced && (
        <div className="assessment-progress">
          <label htmlFor="assessment-progress">
            Page {flow.page + 1} of {groups.length} · {flow.answered} of {flow.total} answered
          </label>
          <progress id="assessment-progress" max={flow.total} value={flow.answered} />
        </div>
      )}
      {message && (
        <p className="assessment-error" role="alert">
          {message}
        </p>
      )}
      {groups.map((group, index) => (
        <fieldset
          key={group.title}
          className="assessment-group"
          hidden={flow.enhanced && index !== flow.page}
        >
          <legend>
            <h2 id={`assessment-page-${index}`} tabIndex={-1}>
              {group.title}
            </h2>
          </legend>
          {group.items.map((item) => (
            <Question
              key={item.key}
              item={item}
              scaleLabels={scaleLabels}
              value={flow.answers[item.key]}
              note={flow.evidence[item.key] ?? ''}
              missing={flow.missing.has(item.key) || (!flow.enhanced && refused.has(item.key))}
              autoFocus={!flow.enhanced && item.key === firstRefused}
              onChange={(value) => flow.answer(item.key, value)}
              onNote={(note) => flow.note(item.key, note)}
            />
          ))}
        </fieldset>
      ))}
      <div className="assessment-nav">
        {flow.enhanced && flow.page > 0 && (
          <button type="button" className="assessment-back" onClick={() => flow.go(flow.page - 1)}>
            Back
          </button>
        )}
        {flow.enhanced && flow.page < groups.length - 1 ? (
          <button type="button" onClick={flow.next}>
            Next
          </button>
        ) : (
          <button type="submit" disabled={flow.sending}>
            {flow.sending ? 'Scoring…' : 'See my results'}
          </button>
        )}
      </div>
    </form>
  )
}
