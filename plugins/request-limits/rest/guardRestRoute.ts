import { getPayload, type SanitizedConfig } from 'payload'
import * as qs from 'qs-esm'

import { restRefusal } from '../refusalResponse'
import { fieldAtPath } from './fieldAtPath'
import { queryProblem } from './queryProblem'
import { writeBodyRefusal } from './writeBody'

type RestContext = { params: Promise<{ slug: string[] }> }
type RestHandler = (request: Request, context: RestContext) => Promise<Response>

/** Payload's own query-string options (`createPayloadRequest`), so this sees what Payload will see. */
const parseQuery = (search: string) =>
  qs.parse(search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true })

const isOverriddenRead = (request: Request) =>
  request.method === 'POST' &&
  (request.headers.get('X-Payload-HTTP-Method-Override') === 'GET' ||
    request.headers.get('X-HTTP-Method-Override') === 'GET')

/**
 * The query a REST request carries: in the URL, or, for a read sent as a POST to get past URL
 * length limits (as the admin's relationship fields do), in a URL-encoded body.
 */
const queryOf = async (request: Request) => {
  const { search } = new URL(request.url)
  if (
    isOverriddenRead(request) &&
    request.headers.get('Content-Type') === 'application/x-www-form-urlencoded'
  )
    return parseQuery(`${search}&${await request.clone().text()}`)
  return parseQuery(search)
}

/**
 * Payload's document and auth routes are `/api/<collection>` and `/api/<collection>/<id or
 * operation>`. Longer paths are versions, which take no body, and custom endpoints such as the
 * assessment submit, which keep their own body rules and error format.
 */
const writesDocument = (request: Request, slug: string[]) =>
  ['POST', 'PATCH', 'PUT'].includes(request.method) && !isOverriddenRead(request) && slug.length <= 2

type GuardArgs = { config: Promise<SanitizedConfig> | SanitizedConfig; handler: RestHandler }

/**
 * Wraps one of Payload's REST route handlers: a query asking for more than the request limits allow,
 * or shaped so the database would fail on it, and a body no document can be, are refused with a 4xx
 * that says why, before Payload runs anything.
 */
export const guardRestRoute =
  ({ config, handler }: GuardArgs): RestHandler =>
  async (request, context) => {
    const [query, { slug }, payload] = await Promise.all([
      queryOf(request),
      context.params,
      getPayload({ config }),
    ])
    const problem = queryProblem({
      query,
      reads: request.method === 'GET' || isOverriddenRead(request),
      fieldAt: (path) => fieldAtPath({ collections: payload.collections, collection: slug[0], path }),
    })
    if (problem) return restRefusal(400, problem)
    const refusal = writesDocument(request, slug) ? await writeBodyRefusal(request) : null
    return refusal ? restRefusal(refusal.status, refusal.message) : handler(request, context)
  }
