import type { Instrument } from '../instrument'

/**
 * The no-JavaScript form posts `answer.<key>=<value>` (and `evidence.<key>` for rubric notes); this
 * reshapes it into the JSON body the endpoint takes, so both paths share one validator. Values are
 * converted only when they look like numbers; anything else is left for the schema to refuse.
 */
export const formToSubmission = (instrument: Instrument, form: URLSearchParams): Record<string, unknown> => {
  const answers: Record<string, unknown> = {}
  for (const [name, raw] of form) {
    if (!name.startsWith('answer.')) continue
    const value = /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw
    // defineProperty keeps a `__proto__` name as an own key, so the validator sees and refuses it.
    Object.defineProperty(answers, name.slice('answer.'.length), {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  for (const item of instrument.items) {
    const evidence = form.get(`evidence.${item.key}`)?.trim()
    if (item.type === 'rubric' && evidence && typeof answers[item.key] === 'number') {
      answers[item.key] = { level: answers[item.key], evidence }
    }
  }
  const body: Record<string, unknown> = { answers, idempotencyKey: form.get('idempotencyKey') ?? '' }
  const retakeOf = form.get('retakeOf')
  if (retakeOf) body.retakeOf = retakeOf
  return body
}
