import type { SendEmailOptions } from 'payload'

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
}

/** An HTML body as plain text, keeping every link's address readable. */
export const htmlToText = (html: string): string =>
  html
    .replace(/<a\b[^>]*href="([^"]*)"[^>]*>(.*?)<\/a>/gis, (_, href: string, label: string) =>
      label.trim() === href ? href : `${label.trim()} (${href})`,
    )
    .replace(/<br\s*\/?>|<\/p>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity])
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n')

/** What a person would read in the message. */
export const messageText = (message: SendEmailOptions): string => {
  if (typeof message.text === 'string') return message.text
  if (typeof message.html === 'string') return htmlToText(message.html)
  return ''
}

const addresses = (to: unknown): string[] => {
  if (Array.isArray(to)) return to.flatMap(addresses)
  if (typeof to === 'string') return [to]
  if (to && typeof to === 'object' && 'address' in to) return [String(to.address)]
  return []
}

/** The recipients as one line. */
export const recipients = (message: SendEmailOptions): string => addresses(message.to).join(', ')
