import type { AfterErrorHook } from 'payload'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

type PublicError = Error & { status?: number; isPublic?: boolean; data?: unknown }

/**
 * Payload names an error by its class, and the minified server build leaves some error classes
 * anonymous, so a refusal with a message meant for the person reached them as "An unknown error
 * occurred.". Any public 4xx keeps its own words, whatever class threw it. 5xx stay hidden.
 */
export const keepRefusalsReadable: AfterErrorHook = ({ error, result }) => {
  const refusal = error as PublicError
  const status = refusal.status ?? 500
  if (!result || status >= 500 || !refusal.isPublic || !refusal.message) return
  const [first] = result.errors ?? []
  if (first?.message === refusal.message) return
  return {
    response: {
      ...result,
      errors: [
        {
          name: refusal.name || 'Refusal',
          message: refusal.message,
          ...(isRecord(refusal.data) ? { data: refusal.data } : {}),
        },
      ],
    },
    status,
  }
}
