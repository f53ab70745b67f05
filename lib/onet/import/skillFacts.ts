import { checksumOf } from './checksum'
import type { Technology } from './technologies'

/** What an import writes into a technology skill, before the run's own id is added. */
export type SkillFacts = {
  name: string
  onet: {
    key: string
    commodityCode: string
    commodityTitle: string
    examples: string[]
    checksums: Record<string, string>
  }
}

export const skillFactsOf = (technology: Technology): SkillFacts => {
  const { key, name, commodityCode, commodityTitle, examples } = technology
  const fields = { name, commodity: [commodityCode, commodityTitle], examples }
  const checksums: Record<string, string> = Object.fromEntries(
    Object.entries(fields).map(([field, value]) => [field, checksumOf(value)]),
  )
  checksums.all = checksumOf(checksums)
  return { name, onet: { key, commodityCode, commodityTitle, examples, checksums } }
}
