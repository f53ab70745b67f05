/** The largest body the submit endpoint reads; a full answer set with evidence notes is far smaller. */
export const MAX_BODY_BYTES = 16 * 1024

export type BodySource = { headers: Headers; body: ReadableStream<Uint8Array> | null }

/**
 * Reads the body as text, stopping as soon as it passes the limit so an oversized upload costs
 * nothing. Returns null when the body is too large, whether or not Content-Length said so.
 */
export const readLimitedBody = async ({ headers, body }: BodySource): Promise<string | null> => {
  const declared = Number(headers.get('content-length') ?? 0)
  if (declared > MAX_BODY_BYTES) return null
  if (!body) return ''
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_BODY_BYTES) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return new TextDecoder().decode(Buffer.concat(chunks))
}
