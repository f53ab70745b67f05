/** One benchmark run: figure name → value. */
export type Sample = Record<string, number>

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const format = (value: number): string => {
  if (!Number.isFinite(value)) return 'n/a'
  if (Math.abs(value) >= 10) return String(Math.round(value))
  return String(Math.round(value * 1000) / 1000)
}

/** A table of each figure's median, lowest and highest value over the runs. */
export const summarise = (samples: Sample[]): string => {
  const names = Object.keys(samples[0] ?? {})
  const width = Math.max(...names.map((name) => name.length), 6) + 2
  const header = `  ${'figure'.padEnd(width)}${'median'.padStart(9)}${'lowest'.padStart(9)}${'highest'.padStart(9)}`
  const rows = names.map((name) => {
    const values = samples.map((sample) => sample[name])
    const cells = [median(values), Math.min(...values), Math.max(...values)].map((value) =>
      format(value).padStart(9),
    )
    return `  ${name.padEnd(width)}${cells.join('')}`
  })
  return [header, ...rows].join('\n')
}
