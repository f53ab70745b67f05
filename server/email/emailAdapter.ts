import type { EmailAdapter } from 'payload'

import { consoleEmail } from './consoleEmail'
import { smtpEmail } from './smtpEmail'

const FROM_NAME = 'Career Evidence'
const DEMO_FROM_ADDRESS = 'no-reply@career-evidence.test'

/** SMTP when `SMTP_URL` is set (production); otherwise each message is written to the server's log. */
export const emailAdapter = (): EmailAdapter => {
  const fromAddress = process.env.EMAIL_FROM || DEMO_FROM_ADDRESS
  const url = process.env.SMTP_URL
  return url
    ? smtpEmail({ url, fromAddress, fromName: FROM_NAME })
    : consoleEmail({ fromAddress, fromName: FROM_NAME })
}
