import { REQUEST_LIMITS } from '../limits'
import { bodyTextUpTo } from '../readBody'
import { graphQLRefusal } from '../refusalResponse'
import { requestProblem } from './requestProblem'

type GraphQLHandler = (request: Request) => Promise<Response>

const isJson = (request: Request) =>
  request.headers.get('content-type')?.split(';')[0].trim().toLowerCase() === 'application/json'

/**
 * A GraphQL answer with errors and no `data` is a request the server refused to run (a syntax
 * error, an unknown field, a limit), which GraphQL over HTTP answers with 400; Payload's handler
 * sends it as 200 to clients that accept plain JSON.
 */
const withRequestErrorStatus = async (response: Response): Promise<Response> => {
  if (response.status !== 200) return response
  const text = await response.text()
  let refused = false
  try {
    const body = JSON.parse(text) as Record<string, unknown>
    refused = Array.isArray(body.errors) && !('data' in body)
  } catch {
    // Not JSON: hand it on as it came.
  }
  return new Response(text, { status: refused ? 400 : 200, headers: response.headers })
}

/**
 * Wraps Payload's GraphQL route: a body that is too large, not JSON, unparsable, cyclic or too big
 * once expanded is refused with a 4xx before Payload reads it, and every request error leaves with
 * a 4xx status.
 */
export const guardGraphQLRoute =
  (handler: GraphQLHandler): GraphQLHandler =>
  async (request) => {
    if (isJson(request)) {
      const { maxBodyBytes } = REQUEST_LIMITS.graphQL
      const text = await bodyTextUpTo(request, maxBodyBytes)
      if (text === null) return graphQLRefusal(413, `The request is larger than ${maxBodyBytes} bytes.`)
      const problem = requestProblem(text)
      if (problem) return graphQLRefusal(400, problem)
    }
    return withRequestErrorStatus(await handler(request))
  }
