import type { Endpoint } from 'payload'

import { clientKeyFrom } from '../../../lib/assessment/submit/clientKey'
import { submitAssessment } from '../../../lib/assessment/submit/submitAssessment'

/**
 * `POST /api/assessments/:slug/submit` with `{"answers": {...}, "idempotencyKey": "<uuid>"}`.
 * Everything (limits, validation, scoring, the transactional write) lives in `lib/assessment/submit`,
 * which the no-JavaScript form route shares.
 */
export const submitEndpoint: Endpoint = {
  path: '/:slug/submit',
  method: 'post',
  handler: async (req) => {
    const slug = String(req.routeParams?.slug ?? '')
    const { status, body, headers } = await submitAssessment({
      payload: req.payload,
      slug,
      clientKey: clientKeyFrom({ headers: req.headers }),
      request: { headers: req.headers, body: req.body ?? null },
    })
    return Response.json(body, { status, headers })
  },
}
