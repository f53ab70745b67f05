import type { Payload } from 'payload'

import { assessmentForSubmit } from '../data/assessmentForSubmit'
import { formToSubmission } from './formToSubmission'
import { parseSubmission } from './parseSubmission'
import { problem, type Problem } from './problems'
import { type BodySource, readLimitedBody } from './readBody'
import { consumeSubmitPoint } from './rateLimiter'
import { resultUrlFor, storeResponse } from './storeResponse'

type FormArgs = { payload: Payload; slug: string; clientKey: string; request: BodySource }

/**
 * The plain HTML form path (JavaScript off): the same limits, schema and transactional write as the
 * JSON endpoint, answering with where to go next instead of JSON.
 */
export const submitForm = async ({
  payload,
  slug,
  clientKey,
  request,
}: FormArgs): Promise<{ resultUrl: string } | Problem> => {
  if ((await consumeSubmitPoint(clientKey)) !== null)
    return problem(429, 'Too many submissions; try again shortly.')
  const contentType = request.headers.get('content-type')?.split(';')[0].trim().toLowerCase()
  if (contentType !== 'application/x-www-form-urlencoded')
    return problem(400, 'Send the form as URL-encoded fields.', 'content-type')
  const text = await readLimitedBody(request)
  if (text === null) return problem(413, 'The form is too large.', 'body')

  const loaded = await assessmentForSubmit({ payload, slug })
  if (!loaded) return problem(404, `No published assessment "${slug}".`, 'slug')

  const parsed = parseSubmission(
    loaded.instrument,
    formToSubmission(loaded.instrument, new URLSearchParams(text)),
  )
  if (!parsed.ok) return parsed.problem
  const stored = await storeResponse({ payload, loaded, submission: parsed.submission })
  if ('body' in stored) return stored
  return { resultUrl: resultUrlFor(slug, stored.resultId) }
}
