import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

type SmtpEmailArgs = { url: string; fromAddress: string; fromName: string }

/** Sends through an SMTP server named by a URL: `smtps://user:password@smtp.example.org:465`. */
export const smtpEmail = ({ url, fromAddress, fromName }: SmtpEmailArgs): EmailAdapter => {
  const transport = nodemailer.createTransport(url)
  return () => ({
    name: 'smtp',
    defaultFromAddress: fromAddress,
    defaultFromName: fromName,
    sendEmail: async (message) =>
      transport.sendMail({ ...message, from: message.from ?? { address: fromAddress, name: fromName } }),
  })
}
