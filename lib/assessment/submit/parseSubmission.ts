import type { Instrument } from '../instrument'
import { submissionSchema, type Submission } from './answersSchema'
import { bodyShapeProblem } from './bodyShape'
import { type Problem } from './problems'

/** The value a path points at in the decoded body (own properties only), or undefined. */
const valueAt = (data: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (value, key) =>
      value && typeof value === 'object' && Object.hasOwn(value, key)
        ? (value as Record<PropertyKey, unknown>)[key]
        : undefined,
    data,
  )

/**
 * Validates a decoded body against the instrument. The first issue's path is the `field` of the
 * 400, and every issue is listed so a client can fix them all at once; a field the body leaves out
 * "is required", whatever form its answer would have taken.
 */
export const parseSubmission = (
  instrument: Instrument,
  data: unknown,
): { ok: true; submission: Submission } | { ok: false; problem: Problem } => {
  const shapeProblem = bodyShapeProblem(data)
  if (shapeProblem) return { ok: false, problem: shapeProblem }

  const parsed = submissionSchema(instrument).safeParse(data)
  if (parsed.success) return { ok: true, submission: parsed.data as Submission }

  const issues = parsed.error.issues.flatMap((issue) => {
    const base = issue.path.map(String).join('.')
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: base ? `${base}.${key}` : key,
        message: 'is not a field of this form',
      }))
    }
    const missing = valueAt(data, issue.path) === undefined
    return [{ field: base || 'body', message: missing ? 'is required' : issue.message }]
  })
  const [first] = issues
  return {
    ok: false,
    problem: { status: 400, body: { error: `${first.field} ${first.message}`, field: first.field, issues } },
  }
}
