import type { FormRefusal } from './readableRefusal'

/** What the reader sent from the take form, to put back into it when it was refused. */
export type PostedAnswers = {
  answers: Record<string, string>
  evidence: Record<string, string>
  idempotencyKey: string
}

/** The take form's state after a refused submission without JavaScript; empty before any. */
export type TakeFormState = { refusal: FormRefusal | null; posted: PostedAnswers | null }

export const EMPTY_TAKE_FORM: TakeFormState = { refusal: null, posted: null }

const ANSWER = /^answer\.([A-Za-z0-9_-]{1,64})$/
const EVIDENCE = /^evidence\.([A-Za-z0-9_-]{1,64})$/

/** The answers and notes of a posted form, by question key, exactly as typed. */
export const postedFrom = (form: URLSearchParams): PostedAnswers => {
  const answers: [string, string][] = []
  const evidence: [string, string][] = []
  for (const [name, value] of form) {
    const answer = ANSWER.exec(name)?.[1]
    const note = EVIDENCE.exec(name)?.[1]
    if (answer) answers.push([answer, value])
    if (note && value) evidence.push([note, value])
  }
  // fromEntries defines own properties, so a key such as `__proto__` stays a plain key.
  return {
    answers: Object.fromEntries(answers),
    evidence: Object.fromEntries(evidence),
    idempotencyKey: form.get('idempotencyKey') ?? '',
  }
}
