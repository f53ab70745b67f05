/**
 * A request body as text, or null once it passes `maxBytes` (declared or actual), read from a clone
 * so the request can still be handed on unread.
 */
export const bodyTextUpTo = async (request: Request, maxBytes: number): Promise<string | null> => {
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return null
  const body = request.clone().body
  if (!body) return ''
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      // Not awaited: a clone's cancel settles only once the original is cancelled too.
      void reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return new TextDecoder().decode(Buffer.concat(chunks))
}
