import { APIError } from 'payload'

/**
 * A refusal the caller may read: the message says what to do instead.
 *
 * Payload formats an error by its class name, and the minified server build leaves `APIError` an
 * anonymous class, so a plain `APIError` reaches REST clients and the admin as "An unknown error
 * occurred." A literal name and non-empty `data` keep the words on every path, built or not.
 */
export class WorkflowRefusal extends APIError {
  constructor(message: string, status: number, data: Record<string, unknown> | null = null) {
    super(message, status, data ?? { reason: message }, true)
    this.name = 'WorkflowRefusal'
  }
}

export const forbidden = (message: string) => new WorkflowRefusal(message, 403)

export const badRequest = (message: string, data: Record<string, unknown> | null = null) =>
  new WorkflowRefusal(message, 400, data)

export const notFound = (message: string) => new WorkflowRefusal(message, 404)
