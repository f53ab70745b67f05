import type { Instrument } from '../instrument'
import { listPhrase } from '../interests/listPhrase'
import type { Problem } from './problems'

/** A refused form, said to a reader: questions named by their text, never by their keys. */
export type FormRefusal = {
  message: string
  /** Keys of the questions to point at in the form, unanswered or out of range. */
  questions: string[]
}

/** Questions quoted in the message at most; the form highlights every one of them. */
const QUOTED = 3

const quoted = (texts: string[]) => {
  const shown = texts.slice(0, QUOTED).map((text) => `“${text}”`)
  const rest = texts.length - shown.length
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : listPhrase(shown)
}

/** What the form's own hidden fields mean to a reader, when one of them is refused. */
const FIELD_WORDS: Record<string, string> = {
  idempotencyKey:
    'This form was already used to send other answers, so nothing was saved. Open the assessment again to start a new attempt.',
  retakeOf: 'The earlier result this attempt was to be compared with was not found, so nothing was saved.',
}

/**
 * The reason a submission from the plain form was refused, in words for the person who filled it in:
 * unanswered and invalid questions by their text (the API's `answers.r1 is required` names a key
 * only a developer knows), the form's hidden fields by what they do, anything else as the API says.
 */
export const readableRefusal = (instrument: Instrument, { body }: Problem): FormRefusal => {
  const items = new Map(instrument.items.map((item) => [item.key, item]))
  const unanswered: string[] = []
  const invalid: string[] = []
  for (const { field, message } of body.issues ?? [{ field: body.field ?? '', message: body.error }]) {
    const key = /^answers\.([^.]+)/.exec(field)?.[1]
    if (!key || !items.has(key)) continue
    if (message === 'is required') unanswered.push(key)
    else invalid.push(key)
  }
  const text = (keys: string[]) => keys.map((key) => items.get(key)!.text)
  if (unanswered.length > 0) {
    return {
      message: `Please answer every question (${unanswered.length} left): ${quoted(text(unanswered))}.`,
      questions: [...unanswered, ...invalid],
    }
  }
  if (invalid.length > 0) {
    return {
      message: `Please choose one of the offered answers for ${quoted(text(invalid))}.`,
      questions: invalid,
    }
  }
  return { message: FIELD_WORDS[body.field ?? ''] ?? body.error, questions: [] }
}
