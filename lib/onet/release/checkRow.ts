const O_NET_SOC_CODE = /^\d{2}-\d{4}\.\d{2}$/
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/
const MONTH_YEAR = /^(0[1-9]|1[0-2])\/\d{4}$/
/** How O*NET writes "no value" in a column that usually has one. */
const NOT_APPLICABLE = 'n/a'

export const isOnetSocCode = (text: string): boolean => O_NET_SOC_CODE.test(text)

type NumberRule = { min: number; max?: number; whole?: boolean }

/**
 * Reads one row's fields by column name and collects, in words a person understands, every problem with
 * them. A read that finds a problem returns a placeholder; the caller rejects the row when `problems` is
 * not empty, so placeholders never leave the row. (A class, not closures: it is made once per row.)
 */
export class RowCheck<Column extends string> {
  readonly problems: string[] = []

  private readonly cells: readonly string[]
  private readonly positions: Readonly<Record<Column, number>>

  constructor({
    cells,
    positions,
  }: {
    cells: readonly string[]
    positions: Readonly<Record<Column, number>>
  }) {
    this.cells = cells
    this.positions = positions
  }

  /** The row's field under the column; '' for an optional column the file does not have. */
  field(column: Column): string {
    return this.cells[this.positions[column]] ?? ''
  }

  text(column: Column): string {
    const value = this.field(column)
    if (value.trim() === '') this.problems.push(`${column} is empty`)
    return value
  }

  optionalText(column: Column): string | null {
    const value = this.field(column)
    return value === '' || value === NOT_APPLICABLE ? null : value
  }

  code(column: Column): string {
    const value = this.field(column)
    if (!isOnetSocCode(value))
      this.problems.push(`${column} "${value}" is not an O*NET-SOC code like 15-1252.00`)
    return value
  }

  /** A code that must name an occupation of Occupation Data.txt. */
  knownCode(column: Column, occupations: ReadonlySet<string>): string {
    const value = this.code(column)
    if (isOnetSocCode(value) && !occupations.has(value)) {
      this.problems.push(
        `${column} ${value} is not an occupation of Occupation Data.txt (unknown O*NET-SOC code)`,
      )
    }
    return value
  }

  number(column: Column, { min, max = Number.POSITIVE_INFINITY, whole = false }: NumberRule): number {
    const value = this.field(column)
    if (!DECIMAL.test(value)) {
      this.problems.push(`${column} "${value}" is not a number`)
      return Number.NaN
    }
    const parsed = Number(value)
    if (parsed < min || parsed > max || (whole && !Number.isInteger(parsed))) {
      const kind = whole ? 'a whole number' : 'a number'
      const range = max === Number.POSITIVE_INFINITY ? `of at least ${min}` : `from ${min} to ${max}`
      this.problems.push(`${column} ${value} is out of range: it must be ${kind} ${range}`)
    }
    return parsed
  }

  /** A count or score O*NET may give as 'n/a' (or leave empty): null then. */
  optionalNumber(column: Column, rule: NumberRule): number | null {
    return this.optionalText(column) === null ? null : this.number(column, rule)
  }

  oneOf<Value extends string>(column: Column, allowed: readonly Value[]): Value {
    const value = this.field(column)
    if (!(allowed as readonly string[]).includes(value)) {
      const options = allowed.map((option) => `"${option}"`).join(', ')
      this.problems.push(`${column} "${value}" must be one of ${options}`)
    }
    return value as Value
  }

  matches(column: Column, { pattern, expected }: { pattern: RegExp; expected: string }): string {
    const value = this.field(column)
    if (!pattern.test(value)) this.problems.push(`${column} "${value}" is not ${expected}`)
    return value
  }

  yesNo(column: Column): boolean {
    const value = this.field(column)
    if (value !== 'Y' && value !== 'N') this.problems.push(`${column} "${value}" must be Y or N`)
    return value === 'Y'
  }

  monthYear(column: Column): string | null {
    const value = this.optionalText(column)
    if (value !== null && !MONTH_YEAR.test(value)) {
      this.problems.push(`${column} "${value}" is not a month and year written MM/YYYY`)
    }
    return value
  }
}
