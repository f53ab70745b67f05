import type { Payload } from 'payload'

import { assessmentForSubmit } from '../data/assessmentForSubmit'
import { formToSubmission } from './formToSubmission'
import { parseSubmission } from './parseSubmission'
import { type FormRefusal, readableRefusal } from './readableRefusal'
import { MAX_BODY_BYTES } from './readBody'
import { consumeSubmitPoint } from './rateLimiter'
import { resultUrlFor, storeResponse } from './storeResponse'

type FormArgs = { payload: Payload; slug: string; clientKey: string; form: URLSearchParams }

export type FormOutcome = { resultUrl: string } | { refusal: FormRefusal }

const refused = (message: string): FormOutcome => ({ refusal: { message, questions: [] } })

/** The form's size as the JSON endpoint would count it: names and values, in bytes. */
const formBytes = (form: URLSearchParams) => Buffer.byteLength(form.toString())

/**
 * The take page's form as submitted without JavaScript: the same limits, schema and transactional
 * write as the JSON endpoint, answering with where to go next, or why the answers were refused in
 * words the reader can act on.
 */
export const submitForm = async ({ payload, slug, clientKey, form }: FormArgs): Promise<FormOutcome> => {
  if ((await consumeSubmitPoint(clientKey)) !== null)
    return refused('Too many submissions from your connection; wait a minute and send the form again.')
  if (formBytes(form) > MAX_BODY_BYTES) return refused('The form is too large: shorten your notes.')

  const loaded = await assessmentForSubmit({ payload, slug })
  if (!loaded) return refused('This assessment is not published, so the answers could not be scored.')

  const { instrument } = loaded
  const parsed = parseSubmission(instrument, formToSubmission(instrument, form))
  if (!parsed.ok) return { refusal: readableRefusal(instrument, parsed.problem) }
  const stored = await storeResponse({ payload, loaded, submission: parsed.submission })
  if ('body' in stored) return { refusal: readableRefusal(instrument, stored) }
  return { resultUrl: resultUrlFor(slug, stored.resultId) }
}
