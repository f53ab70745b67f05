import { z } from 'zod'

import type { Instrument, InstrumentItem } from '../instrument'

const MAX_EVIDENCE = 2000

const answerFor = (item: InstrumentItem) => {
  if (item.type === 'likert') {
    return z
      .number({ error: `must be a whole number from ${item.min} to ${item.max}` })
      .int({ error: `must be a whole number from ${item.min} to ${item.max}` })
      .min(item.min, { error: `must be at least ${item.min}` })
      .max(item.max, { error: `must be at most ${item.max}` })
  }
  const levels = item.levels.map((level) => level.value)
  const level = z
    .number({ error: `must be one of the levels ${levels.join(', ')}` })
    .refine((value) => levels.includes(value), { error: `must be one of the levels ${levels.join(', ')}` })
  return z.union(
    [level, z.strictObject({ level, evidence: z.string().trim().max(MAX_EVIDENCE).optional() })],
    { error: `must be one of the levels ${levels.join(', ')}, alone or as {"level", "evidence"}` },
  )
}

const buildSchema = (instrument: Instrument) =>
  z.strictObject({
    answers: z.strictObject(Object.fromEntries(instrument.items.map((item) => [item.key, answerFor(item)]))),
    idempotencyKey: z.uuid({ error: 'must be a UUID' }),
    retakeOf: z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,64}$/, { error: 'must be the result id of an earlier attempt' })
      .optional(),
  })

const schemas = new WeakMap<Instrument, ReturnType<typeof buildSchema>>()

/**
 * The body the submit endpoint accepts, built from the instrument: every item answered, nothing
 * else, each value within its item's range. Strict at every level, so unknown keys are refused.
 * Built once per instrument object (submissions share one while it is cached).
 */
export const submissionSchema = (instrument: Instrument) => {
  let schema = schemas.get(instrument)
  if (!schema) {
    schema = buildSchema(instrument)
    schemas.set(instrument, schema)
  }
  return schema
}

export type Submission = {
  answers: Answers
  idempotencyKey: string
  retakeOf?: string
}

export type Answers = Record<string, number | { level: number; evidence?: string }>
