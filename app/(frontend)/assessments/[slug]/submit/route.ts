import { clientKeyFrom } from '../../../../../lib/assessment/submit/clientKey'
import { submitForm } from '../../../../../lib/assessment/submit/submitForm'
import { payloadClient } from '../../../../../lib/assessment/data/payloadClient'

/**
 * The no-JavaScript path: the take page's plain form posts here. It shares validation, scoring and
 * storage with the JSON endpoint and answers with a 303 to the result, or back to the form with the
 * reason when the answers were refused.
 */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const outcome = await submitForm({
    payload: await payloadClient(),
    slug,
    clientKey: clientKeyFrom({ headers: request.headers }),
    request: { headers: request.headers, body: request.body },
  })
  const target = new URL('resultUrl' in outcome ? outcome.resultUrl : `/assessments/${slug}`, request.url)
  if (!('resultUrl' in outcome)) target.searchParams.set('error', outcome.body.error)
  return new Response(null, { status: 303, headers: { Location: target.pathname + target.search } })
}
