export const readMeFile = 'Read Me.txt'

const VERSION_LINE = /^O\*NET (\d+\.\d+) Database$/m
const RELEASE_LINE = /^[A-Z][a-z]+ \d{4} Release$/m

export type ReleaseIdentity = { version: string; releaseLabel: string }

/** The version and release the Read Me names ("O*NET 29.2 Database", "February 2025 Release"), or null. */
export const readReleaseIdentity = (text: string): ReleaseIdentity | null => {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r/g, '')
  const version = VERSION_LINE.exec(lines)?.[1]
  const releaseLabel = RELEASE_LINE.exec(lines)?.[0]
  return version && releaseLabel ? { version, releaseLabel } : null
}
