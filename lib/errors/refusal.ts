import { APIError } from 'payload'

/**
 * A 4xx the person must read in words. Payload formats errors by class name, and the minified server
 * build leaves `APIError` anonymous ("An unknown error occurred."); a literal name and `data` keep the
 * message on every path. `keepRefusalsReadable` is the safety net for errors thrown elsewhere.
 */
export class Refusal extends APIError {
  constructor(message: string, status: number, data: Record<string, unknown> | null = null) {
    super(message, status, data ?? { reason: message }, true)
    this.name = 'Refusal'
  }
}
