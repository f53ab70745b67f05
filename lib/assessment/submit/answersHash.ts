import crypto from 'node:crypto'

import type { Answers } from './answersSchema'

/** A rubric level sent alone or as `{"level"}` is the same answer; evidence notes count. */
const normalised = (value: Answers[string]) =>
  typeof value === 'number' ? value : value.evidence ? [value.level, value.evidence] : value.level

/**
 * A SHA-256 of one validated answer set, in any key order, stored with its idempotency key: a replay
 * must carry the same answers to be given the first result.
 */
export const answersHash = (answers: Answers): string =>
  crypto
    .createHash('sha256')
    .update(
      JSON.stringify(
        Object.keys(answers)
          .sort()
          .map((key) => [key, normalised(answers[key])]),
      ),
    )
    .digest('hex')
