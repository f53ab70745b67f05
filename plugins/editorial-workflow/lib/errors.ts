import { APIError } from 'payload'

/** A refusal the caller may read: the message says what to do instead. */
export const forbidden = (message: string) => new APIError(message, 403, null, true)

export const badRequest = (message: string, data: Record<string, unknown> | null = null) =>
  new APIError(message, 400, data, true)
