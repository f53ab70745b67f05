import { describe, expect, it } from 'vitest'

import { isLocked } from '../../server/sqlite/locked'
import { createWriterQueue } from '../../server/sqlite/writerQueue'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('createWriterQueue', () => {
  it('lets writers in one at a time, in the order they came', async () => {
    const queue = createWriterQueue({ timeoutMs: 1000 })
    const order: number[] = []
    await Promise.all(
      [1, 2, 3, 4].map(async (writer) => {
        const release = await queue.acquire()
        order.push(writer)
        await pause(5)
        release()
      }),
    )
    expect(order).toEqual([1, 2, 3, 4])
  })

  it('keeps a writer waiting past the timeout while the queue ahead of it moves', async () => {
    const queue = createWriterQueue({ timeoutMs: 60 })
    const started = Date.now()
    const writers = Array.from({ length: 6 }, async () => {
      const release = await queue.acquire()
      await pause(30)
      release()
      return Date.now() - started
    })
    const finished = await Promise.all(writers)
    expect(Math.max(...finished)).toBeGreaterThan(150)
  })

  it('refuses as locked when the writer ahead holds on past the timeout', async () => {
    const queue = createWriterQueue({ timeoutMs: 50 })
    await queue.acquire()
    const refusal = await queue.acquire().catch((error: unknown) => error)
    expect(isLocked(refusal)).toBe(true)
  })

  it('serves the next writer after one gave up', async () => {
    const queue = createWriterQueue({ timeoutMs: 50 })
    const first = await queue.acquire()
    await queue.acquire().catch(() => undefined)
    const next = queue.acquire()
    first()
    await expect(next).resolves.toBeTypeOf('function')
  })

  it('hands the lock on at the next turn of the event loop, so waiting responses and requests go first', async () => {
    const queue = createWriterQueue({ timeoutMs: 1000 })
    const release = await queue.acquire()
    const order: string[] = []
    const next = queue.acquire().then(() => order.push('next writer'))
    setImmediate(() => order.push('a response waiting to be written'))
    release()
    await next
    expect(order).toEqual(['a response waiting to be written', 'next writer'])
  })
})
