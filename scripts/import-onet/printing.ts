import type { ImportProgress } from '../../lib/onet/import/runImport'
import type { OnetReadProgress, OnetRejection } from '../../lib/onet/release/types'

/** Progress goes to stderr, so `--json` output on stdout stays one JSON document. */
export const progressPrinter = () => {
  let lastShown = 0
  const show = (line: string) => console.error(line)
  return {
    reading: ({ file, rows, done }: OnetReadProgress) => {
      if (done) show(`read ${file}: ${rows} rows`)
    },
    writing: ({ phase, done, total }: Parameters<ImportProgress>[0]) => {
      const step = Math.max(1, Math.ceil(total / 10))
      if (done === total || done - lastShown >= step) {
        lastShown = done === total ? 0 : done
        show(`writing ${phase}: ${done}/${total}`)
      }
    },
  }
}

export const printRejections = (rejected: OnetRejection[]) => {
  for (const { file, line, reason } of rejected) console.error(`rejected ${file}:${line}: ${reason}`)
}
