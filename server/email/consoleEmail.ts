import type { EmailAdapter } from 'payload'

import { messageText, recipients } from './messageText'

type ConsoleEmailArgs = { fromAddress: string; fromName: string }

/**
 * The demo's email: each message is written to the server's log, whole, instead of being sent, so a
 * password-reset link can be followed from the terminal that runs `npm start`. Payload's own fallback
 * logs only the recipient and subject, which leaves the link nowhere.
 */
export const consoleEmail =
  ({ fromAddress, fromName }: ConsoleEmailArgs): EmailAdapter =>
  ({ payload }) => ({
    name: 'console',
    defaultFromAddress: fromAddress,
    defaultFromName: fromName,
    sendEmail: async (message) => {
      payload.logger.info(
        `Email not sent (SMTP_URL is not set), shown here instead.\n` +
          `To: ${recipients(message)}\nSubject: ${message.subject ?? ''}\n\n${messageText(message)}\n`,
      )
    },
  })
