import { type Endpoint, NotFound } from 'payload'

import { hasRole } from '../../../access/roles'
import { rebuildStatistics } from '../../../lib/assessment/running/rebuildStatistics'

/**
 * `POST /api/assessment-statistics/rebuild/:assessmentId` (admins): recomputes the assessment's
 * running statistics and its published reliability from every stored response, and answers with
 * the reliability. The same as `npm run stats:rebuild`, for an admin without a shell.
 */
export const rebuildEndpoint: Endpoint = {
  path: '/rebuild/:assessmentId',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) {
      return Response.json({ error: 'Only an admin can rebuild assessment statistics.' }, { status: 403 })
    }
    const assessmentId = String(req.routeParams?.assessmentId ?? '')
    const { totalDocs } = await req.payload.count({
      collection: 'assessments',
      where: { id: { equals: assessmentId } },
    })
    if (totalDocs === 0) throw new NotFound(req.t)
    const reliability = await rebuildStatistics({ payload: req.payload, assessmentId })
    return Response.json({ reliability })
  },
}
