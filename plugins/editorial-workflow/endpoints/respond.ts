import { addDataAndFileToRequest, headersWithCors, type PayloadRequest } from 'payload'

/** The JSON body of a request to one of the plugin's actions, or an empty object. */
export const bodyOf = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  await addDataAndFileToRequest(req)
  const data = req.data
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}
}

/** A route parameter or body value as a plain string. */
export const text = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : ''

/** What an action did, in words, with anything the caller needs next. */
export const done = (req: PayloadRequest, body: Record<string, unknown>) =>
  Response.json(body, { status: 200, headers: headersWithCors({ headers: new Headers(), req }) })
