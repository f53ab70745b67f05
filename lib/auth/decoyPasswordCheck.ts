import crypto from 'node:crypto'

/**
 * The cost of Payload 3.90's password hash (`pbkdf2-sha256-v1`: PBKDF2-SHA256, 600,000 iterations,
 * 32 bytes). `tests/int/login-timing.int.test.ts` fails if Payload's real check drifts away from it.
 */
const ITERATIONS = 600_000
const KEY_LENGTH = 32

const decoySalt = crypto.randomBytes(32).toString('hex')

/** Spends as long as checking a password against a stored hash does, and learns nothing. */
export const decoyPasswordCheck = (password: string): Promise<void> =>
  new Promise((resolve) => {
    crypto.pbkdf2(password, decoySalt, ITERATIONS, KEY_LENGTH, 'sha256', () => resolve())
  })
