import { REQUEST_LIMITS } from '../limits'
import { bodyTextUpTo } from '../readBody'
import { bodyProblem } from './bodyProblem'

export type WriteRefusal = { status: number; message: string }

const mediaType = (request: Request) =>
  request.headers.get('content-type')?.split(';')[0].trim().toLowerCase() ?? ''

/** The JSON a multipart save carries in its `_payload` field, as the admin panel sends it. */
const multipartData = async (request: Request, text: string): Promise<string | null> => {
  const form = await new Response(text, {
    headers: { 'Content-Type': request.headers.get('content-type') ?? '' },
  }).formData()
  const data = form.get('_payload')
  return typeof data === 'string' ? data : null
}

/**
 * Why the body of a create, update or auth request to one of Payload's own routes cannot be taken,
 * or null. Only JSON and the JSON of a multipart save are read; anything else is Payload's to refuse.
 */
export const writeBodyRefusal = async (request: Request): Promise<WriteRefusal | null> => {
  const type = mediaType(request)
  if (type !== 'application/json' && type !== 'multipart/form-data') return null
  const { maxWriteBytes } = REQUEST_LIMITS
  const text = await bodyTextUpTo(request, maxWriteBytes)
  if (text === null) return { status: 413, message: `The body is larger than ${maxWriteBytes} bytes.` }

  let json: string | null = text
  if (type === 'multipart/form-data') {
    try {
      json = await multipartData(request, text)
    } catch {
      return { status: 400, message: 'The multipart body could not be read.' }
    }
  }
  if (json === null || (type === 'application/json' && json.trim() === '')) return null
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch {
    return { status: 400, message: 'The body is not valid JSON.' }
  }
  const problem = bodyProblem(data)
  return problem ? { status: 400, message: problem } : null
}
