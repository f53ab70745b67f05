import type { Payload } from 'payload'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

type RequestArgs = {
  method?: Method
  /** Path below `/api`, with its query string: `/careers?draft=true`. */
  path: string
  body?: unknown
  token?: string
}

export type ApiResponse = {
  status: number
  headers: Headers
  body: Record<string, unknown> & { docs?: Record<string, unknown>[] }
}

/**
 * Calls the app's own REST and GraphQL route handlers (the files under `app/(payload)/api`) with real
 * `Request` objects, as Next would, without starting a server.
 */
export const apiClient = async () => {
  const rest = await import('../../app/(payload)/api/[...slug]/route')
  const graphql = await import('../../app/(payload)/api/graphql/route')

  const headersFor = (token?: string): HeadersInit => ({
    'Content-Type': 'application/json',
    ...(token ? { Authorization: `JWT ${token}` } : {}),
  })

  const toResult = async (response: Response): Promise<ApiResponse> => ({
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as ApiResponse['body'],
  })

  return {
    async rest({ method = 'GET', path, body, token }: RequestArgs): Promise<ApiResponse> {
      const url = new URL(`http://localhost/api${path}`)
      const slug = url.pathname
        .replace(/^\/api\//, '')
        .split('/')
        .filter(Boolean)
      const request = new Request(url, {
        method,
        headers: headersFor(token),
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const handler = { GET: rest.GET, POST: rest.POST, PATCH: rest.PATCH, DELETE: rest.DELETE }[method]
      return toResult(await handler(request, { params: Promise.resolve({ slug }) }))
    },

    async graphql({ query, variables, token }: { query: string; variables?: unknown; token?: string }) {
      const request = new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: headersFor(token),
        body: JSON.stringify({ query, variables }),
      })
      return toResult(await graphql.POST(request))
    },
  }
}

/** Logs a user in through the Local API and returns the token REST and GraphQL calls carry. */
export const tokenFor = async (payload: Payload, email: string, password: string): Promise<string> => {
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  if (!token) throw new Error(`No token for ${email}`)
  return token
}
