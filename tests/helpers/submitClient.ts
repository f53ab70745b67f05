import crypto from 'node:crypto'

type SubmitArgs = { slug: string; body: string; contentType?: string; ip?: string }

/** Posts a raw body to `/api/assessments/<slug>/submit` through the app's own REST route handler. */
export const submitClient = async () => {
  const rest = await import('../../app/(payload)/api/[...slug]/route')
  return async ({ slug, body, contentType = 'application/json', ip = randomIp() }: SubmitArgs) => {
    const request = new Request(`http://localhost/api/assessments/${slug}/submit`, {
      method: 'POST',
      headers: { 'Content-Type': contentType, 'X-Forwarded-For': ip },
      body,
    })
    const response = await rest.POST(request, {
      params: Promise.resolve({ slug: ['assessments', slug, 'submit'] }),
    })
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as Record<string, unknown>,
    }
  }
}

/** A fresh client address per call, so tests other than the burst test never share a rate-limit bucket. */
export const randomIp = () =>
  `10.${crypto.randomInt(256)}.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`
