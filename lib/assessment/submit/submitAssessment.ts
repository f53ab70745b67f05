import type { Payload } from 'payload'

import { assessmentForSubmit } from '../data/assessmentForSubmit'
import { parseSubmission } from './parseSubmission'
import { problem, type Problem } from './problems'
import { type BodySource, MAX_BODY_BYTES, readLimitedBody } from './readBody'
import { consumeSubmitPoint } from './rateLimiter'
import { resultUrlFor, storeResponse } from './storeResponse'

export type SubmitResult = { status: number; body: Record<string, unknown>; headers?: Record<string, string> }

const fromProblem = ({ status, body }: Problem): SubmitResult => ({ status, body })

type SubmitArgs = { payload: Payload; slug: string; clientKey: string; request: BodySource }

/**
 * The JSON submit endpoint, start to finish: rate limit, content type, size, JSON, prototype keys,
 * the instrument's strict schema, then one transactional write.
 */
export const submitAssessment = async ({
  payload,
  slug,
  clientKey,
  request,
}: SubmitArgs): Promise<SubmitResult> => {
  const retryAfter = await consumeSubmitPoint(clientKey)
  if (retryAfter !== null) {
    return {
      status: 429,
      body: { error: 'Too many submissions; try again shortly.' },
      headers: { 'Retry-After': String(retryAfter) },
    }
  }
  const contentType = request.headers.get('content-type')?.split(';')[0].trim().toLowerCase()
  if (contentType !== 'application/json') {
    return fromProblem(problem(400, 'Send the answers as application/json.', 'content-type'))
  }
  const text = await readLimitedBody(request)
  if (text === null)
    return fromProblem(problem(413, `The body is larger than ${MAX_BODY_BYTES} bytes.`, 'body'))

  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return fromProblem(problem(400, 'The body is not valid JSON.', 'body'))
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return fromProblem(problem(400, 'The body must be a JSON object.', 'body'))
  }

  const loaded = await assessmentForSubmit({ payload, slug })
  if (!loaded) return fromProblem(problem(404, `No published assessment "${slug}".`, 'slug'))

  const parsed = parseSubmission(loaded.instrument, data)
  if (!parsed.ok) return fromProblem(parsed.problem)

  const stored = await storeResponse({ payload, loaded, submission: parsed.submission })
  if ('body' in stored) return fromProblem(stored)
  return {
    status: 201,
    body: { id: stored.resultId, resultUrl: resultUrlFor(slug, stored.resultId) },
    headers: stored.replayed ? { 'Idempotent-Replayed': 'true' } : undefined,
  }
}
