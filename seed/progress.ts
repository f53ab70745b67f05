import type { SeedLog } from './context'

/** Prints "label n/total" as records are processed, and a summary at the end. */
export const progress = (log: SeedLog, label: string, total: number) => {
  let done = 0
  let created = 0
  const step = Math.max(1, Math.ceil(total / 4))
  return {
    tick(wasCreated: boolean) {
      done += 1
      if (wasCreated) created += 1
      if (done % step === 0 && done < total) log(`  ${label}: ${done}/${total}`)
    },
    finish() {
      log(`  ${label}: ${done}/${total} (${created} created, ${done - created} already there)`)
    },
  }
}
