import { DEFAULT_LOCALE } from './locale'

type DateTimeArgs = {
  value: string | Date
  locale?: string
  /** The server cannot know the reader's zone, so times are given in UTC and say so. */
  timeZone?: string
}

/**
 * A moment as a reader of `locale` writes it, with the time zone named: "28 November 2026 at
 * 20:42 UTC" in en-GB, "November 28, 2026 at 08:42 PM UTC" in en-US.
 */
export const formatDateTime = ({ value, locale = DEFAULT_LOCALE, timeZone = 'UTC' }: DateTimeArgs): string =>
  new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(typeof value === 'string' ? new Date(value) : value)
