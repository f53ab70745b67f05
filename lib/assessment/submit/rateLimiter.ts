import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible'

/** Submissions one client may make per window; a person takes minutes per attempt. */
const POINTS = Number(process.env.ASSESSMENT_SUBMIT_LIMIT ?? 10)
const WINDOW_SECONDS = 60

let limiter: Promise<RateLimiterAbstract> | undefined

/**
 * In memory for one process; shared through Redis when `REDIS_URL` is set, so several instances
 * count together. If Redis is unreachable the in-memory limiter stands in rather than failing open.
 */
const createLimiter = async (): Promise<RateLimiterAbstract> => {
  const memory = new RateLimiterMemory({
    keyPrefix: 'assessment-submit',
    points: POINTS,
    duration: WINDOW_SECONDS,
  })
  if (!process.env.REDIS_URL) return memory
  const { Redis } = await import('ioredis')
  const storeClient = new Redis(process.env.REDIS_URL, { enableOfflineQueue: false, lazyConnect: false })
  return new RateLimiterRedis({
    storeClient,
    keyPrefix: 'assessment-submit',
    points: POINTS,
    duration: WINDOW_SECONDS,
    insuranceLimiter: memory,
  })
}

/** Seconds to wait when the client is over its limit, or null when the request may go ahead. */
export const consumeSubmitPoint = async (clientKey: string): Promise<number | null> => {
  limiter ??= createLimiter()
  try {
    await (await limiter).consume(clientKey)
    return null
  } catch (rejection) {
    if (rejection instanceof Error) throw rejection
    const { msBeforeNext } = rejection as { msBeforeNext: number }
    return Math.max(1, Math.ceil(msBeforeNext / 1000))
  }
}
