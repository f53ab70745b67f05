import { REQUEST_LIMITS } from '../limits'
import { valueShape } from '../valueShape'

/**
 * Why a decoded create or update body cannot be a document, or null: it is not an object (Payload
 * would store an empty draft for `null`), it nests deeper than any collection (deep bodies overflowed
 * the call stack in Payload's recursive copies and answered 500), or it carries a key that could
 * pollute a prototype.
 */
export const bodyProblem = (data: unknown): string | null => {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return 'The body must be a JSON object.'
  const { maxWriteNesting } = REQUEST_LIMITS
  const shape = valueShape(data)
  if (shape.nesting > maxWriteNesting) return `The body nests deeper than ${maxWriteNesting} levels.`
  if (shape.forbiddenKey) return `The key "${shape.forbiddenKey}" is not allowed.`
  return null
}
