/** What `npm run bench:scale -- [options]` was asked to do. */
export type ScaleArguments = {
  /** Distinct pages of each type to time per catalogue. */
  pages: number
  /** Evidence pages in the synthetic catalogue; 0 skips it. */
  syntheticPages: number
  /** Seconds per wrk run, and rounds of static-then-proxy turns. */
  seconds: number
  rounds: number
  /** Leave the temporary data folders in place (their path is printed). */
  keep: boolean
}

export const USAGE =
  'Usage: npm run bench:scale -- [--pages N] [--synthetic N | --skip-synthetic] [--seconds N] [--rounds N] [--keep]'

const DEFAULTS: ScaleArguments = { pages: 200, syntheticPages: 100_000, seconds: 5, rounds: 3, keep: false }

const NUMERIC: Record<string, keyof ScaleArguments> = {
  '--pages': 'pages',
  '--synthetic': 'syntheticPages',
  '--seconds': 'seconds',
  '--rounds': 'rounds',
}

/** Parses the command line, or returns the one sentence that says what is wrong with it. */
export const parseScaleArguments = (argv: string[]): ScaleArguments | { problem: string } => {
  const parsed: ScaleArguments = { ...DEFAULTS }
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index]!
    if (argument === '--') continue
    if (argument === '--skip-synthetic') parsed.syntheticPages = 0
    else if (argument === '--keep') parsed.keep = true
    else if (argument in NUMERIC) {
      const value = Number(argv[index + 1])
      index += 1
      if (!Number.isInteger(value) || value < 0) return { problem: `${argument} takes a whole number.` }
      ;(parsed as Record<string, unknown>)[NUMERIC[argument]!] = value
    } else return { problem: `Unknown option ${argument}.` }
  }
  if (parsed.pages < 1 || parsed.seconds < 1 || parsed.rounds < 1) {
    return { problem: '--pages, --seconds and --rounds take a number of at least 1.' }
  }
  return parsed
}
