import type { IncomingAuthType } from 'payload'

import { absoluteUrl } from '../../lib/site/siteUrl'

const ONE_HOUR_MS = 60 * 60 * 1000

/**
 * The password-reset message. Its link must be absolute to work from an inbox: Payload builds it from the
 * request's host only when that host is on the CORS/CSRF allow-list, and leaves it relative otherwise, so
 * it is built here from `SITE_URL`.
 */
export const resetPasswordEmail: NonNullable<IncomingAuthType['forgotPassword']> = {
  expiration: ONE_HOUR_MS,
  generateEmailSubject: () => 'Reset your Career Evidence password',
  generateEmailHTML: ({ req, token } = {}) => {
    const config = req?.payload.config
    const resetPath = `${config?.routes.admin ?? '/admin'}${config?.admin.routes.reset ?? '/reset'}/${token}`
    const link = absoluteUrl(resetPath)
    return (
      '<p>Someone asked to reset the password of this Career Evidence account. To choose a new one, ' +
      `open this link within an hour:</p>\n<p><a href="${link}">${link}</a></p>\n` +
      '<p>If that was not you, ignore this message: the password stays as it is.</p>'
    )
  },
}
