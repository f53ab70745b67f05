export const readMeFile = 'Read Me.txt'

const VERSION_LINE = /^O\*NET (\d+\.\d+) Database$/m
const RELEASE_LINE = /^[A-Z][a-z]+ \d{4} Release$/m

const ADDRESS = /https?:\/\/\S+/g

export type ReleaseIdentity = {
  version: string
  releaseLabel: string
  /**
   * The one address the Read Me gives for this release alone (29.2's points at the documentation of
   * its own files), or null. Its other addresses are shared by every release.
   */
  releaseUrl: string | null
}

const releaseUrlOf = (text: string, version: string): string | null =>
  [...text.matchAll(ADDRESS)].map(([url]) => url).find((url) => url.includes(`/${version}/`)) ?? null

/**
 * The version and release the Read Me names ("O*NET 29.2 Database", "February 2025 Release"), or null;
 * with the release's own address when it gives one.
 */
export const readReleaseIdentity = (text: string): ReleaseIdentity | null => {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r/g, '')
  const version = VERSION_LINE.exec(lines)?.[1]
  const releaseLabel = RELEASE_LINE.exec(lines)?.[0]
  return version && releaseLabel ? { version, releaseLabel, releaseUrl: releaseUrlOf(lines, version) } : null
}
