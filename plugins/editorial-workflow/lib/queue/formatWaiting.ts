const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/**
 * A waiting time as reviewers read it: "4 min", "2 h 05 min", and past two days "3 days 4 h".
 * Minutes are two digits next to hours so a column of times lines up.
 */
export const formatWaiting = (ms: number): string => {
  const span = Math.max(0, ms)
  if (span < HOUR) return `${Math.floor(span / MINUTE)} min`
  if (span < 2 * DAY) {
    const hours = Math.floor(span / HOUR)
    const minutes = Math.floor((span % HOUR) / MINUTE)
    return `${hours} h ${String(minutes).padStart(2, '0')} min`
  }
  const days = Math.floor(span / DAY)
  return `${days} days ${Math.floor((span % DAY) / HOUR)} h`
}
