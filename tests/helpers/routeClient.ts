/**
 * Sends a real `Request` to the app's own route handler for its path, as Next would route it,
 * without starting a server: Payload's REST and GraphQL routes.
 * (The preview routes need Next's request scope; the end-to-end tests cover them.)
 */
export const routeClient = async () => {
  const rest = await import('../../app/(payload)/api/[...slug]/route')
  const graphql = await import('../../app/(payload)/api/graphql/route')

  return async (request: Request): Promise<Response> => {
    const { pathname } = new URL(request.url)
    if (pathname === '/api/graphql') return graphql.POST(request)
    if (pathname.startsWith('/api/')) {
      const slug = pathname
        .replace(/^\/api\//, '')
        .split('/')
        .filter(Boolean)
      const method = request.method as 'GET' | 'POST' | 'PATCH' | 'DELETE'
      const handler = { GET: rest.GET, POST: rest.POST, PATCH: rest.PATCH, DELETE: rest.DELETE }[method]
      return handler(request, { params: Promise.resolve({ slug }) })
    }
    throw new Error(`No route handler for ${request.method} ${pathname} in the integration tests`)
  }
}
