import crypto from 'node:crypto'

const message = (collection: string, id: string) => `preview:${collection}:${id}`

/** A per-document signature, so a preview link cannot be forged for another document. */
export const previewToken = ({
  secret,
  collection,
  id,
}: {
  secret: string
  collection: string
  id: string
}) => crypto.createHmac('sha256', secret).update(message(collection, id)).digest('base64url')

export const isValidPreviewToken = (args: {
  secret: string
  collection: string
  id: string
  token: string
}) => {
  const expected = Buffer.from(previewToken(args))
  const given = Buffer.from(args.token)
  return expected.length === given.length && crypto.timingSafeEqual(expected, given)
}
