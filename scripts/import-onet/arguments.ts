/** What `npm run import:onet -- <folder> [--dry-run] [--json] [--as <email>]` was asked to do. */
export type ImportArguments = { folder: string; dryRun: boolean; json: boolean; as: string | null }

export const USAGE =
  'Usage: npm run import:onet -- <release folder> [--dry-run] [--json] [--as <email of an editor, reviewer or admin>]'

/** Parses the command line, or returns the one sentence that says what is wrong with it. */
export const parseImportArguments = (argv: string[]): ImportArguments | { problem: string } => {
  const folders: string[] = []
  let dryRun = false
  let json = false
  let as: string | null = null
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index]
    if (argument === '--dry-run') dryRun = true
    else if (argument === '--json') json = true
    else if (argument === '--as') {
      as = argv[index + 1] ?? null
      index += 1
      if (!as || as.startsWith('--'))
        return { problem: '--as needs the e-mail address of the person running the import.' }
    } else if (argument.startsWith('--')) return { problem: `Unknown option ${argument}.` }
    else folders.push(argument)
  }
  if (folders.length !== 1) return { problem: 'Give exactly one release folder.' }
  if (!dryRun && !as) {
    return {
      problem: 'Say who runs the import with --as <email>: a reviewer other than you must approve it.',
    }
  }
  return { folder: folders[0], dryRun, json, as }
}
