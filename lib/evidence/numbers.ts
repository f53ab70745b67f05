/**
 * Numbers in prose. Every number an editor writes in a prose field must be one that a cited finding
 * or dataset fact contains; a few kinds of digits are not claims at all and are let through by named
 * rules (`ALLOW_RULES`), each tested. Everything else is checked.
 *
 * Decisions, and why:
 * - Equality is exact, ignoring sign: "40%" matches a figure of 40 or −40 (figures carry the
 *   direction, prose often says "40% less"), never 0.40 — a share and a correlation are different
 *   claims. A rounded "56%" does not match 55.8: quote the number as the finding gives it.
 * - Small counts get no exemption: "3 studies" is checked like any number. House style writes counts
 *   below ten as words ("three studies"), which the check leaves alone, so nothing fair is refused.
 * - Spelled-out percentages ("sixty-three percent") are numbers and are checked.
 * - A four-digit number from 1900 to 2100 is a year unless it carries a unit sign ("2000%", "$2000");
 *   a count of that size is written with a separator ("2,000 developers") and is then checked.
 */

export type WrittenNumber = { quoted: string; value: number; index: number }

export type UncitedNumber = { quoted: string; value: number }

type AllowRule = {
  name: string
  /** Matches the digits to let through; a `mask` group narrows it to part of the match. */
  pattern: RegExp
  /** Optional check on a match, for rules regular expressions express badly. */
  accept?: (match: RegExpExecArray) => boolean
}

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?'

/** After a number, what makes it a quantity rather than a name: a unit sign or a multiplier. */
const QUANTITY_AFTER = String.raw`(?!\d|[.,]\d|\s?(?:%|×|percent\b|per cent\b)|x\b)`

const UPPER = /[A-Z]/

/** "ISO", "Node.js", "O*NET-SOC", "GitHub", "ISCO-08": a word written like a product or a code. */
const codeShaped = (word: string) =>
  /^[A-Z0-9*]{2,}$/.test(word.replace(/[-/.]/g, '')) || /[.*#+/\d-]/.test(word) || UPPER.test(word.slice(1))

/**
 * Words that stand before a count, never before a version: "Only 19 skills", "Of 453 professionals".
 * Capitalised at the start of a sentence they look like names, so they are named here.
 */
const COUNT_WORDS = new Set(
  `a about above across after against all almost along among an and another any approximately around as
  at barely before below between beyond both but by circa during each either every exactly few fewer for
  from if in including into its just less like many more most much near nearly nor of off on only or
  other our out over per precisely roughly since so some such than that the their these this those
  through to top toward towards under until up upon via well when where while with within without`
    .split(/\s+/)
    .filter(Boolean),
)

/** Digits that are not claims. Each rule masks what it matches; whatever no rule masks is checked. */
export const ALLOW_RULES: AllowRule[] = [
  // Web addresses and DOIs: "https://www.hiringlab.org/2025/09/10/…", "10.1126/science.adh2586".
  { name: 'address', pattern: /\bhttps?:\/\/\S+|\bwww\.\S+|\b10\.\d{4,9}\/\S+/g },
  // ISO dates: "2025-09-10".
  { name: 'iso-date', pattern: /\b\d{4}-\d{2}-\d{2}\b/g },
  // The day in a written date: "13 July 2023", "July 13, 2023".
  {
    name: 'day-of-month',
    pattern: new RegExp(
      String.raw`\b(?<mask>\d{1,2})(?:st|nd|rd|th)?\s+${MONTH}(?![a-z])|\b${MONTH}\s+(?<mask2>\d{1,2})(?:st|nd|rd|th)?\b(?!\s?%)`,
      'g',
    ),
  },
  // Digits inside a word that starts with a letter: "GPT-4", "ES2022", "HTTP/2", "IPv6", "COVID-19",
  // "ISCO-08", "O*NET-SOC", "Log4j". Not "n=95": "=" ends a word, and the 95 is a sample size.
  {
    name: 'name-with-digits',
    pattern: /(?<![\w$€£])[A-Za-z][^\s,;:()[\]{}"“”=<>≈~$€£]*\d[^\s,;:()[\]{}"“”=<>≈~]*/g,
  },
  // A number after a name: "Python 3", "Node.js 20", "Web 2.0", "ISO 27001", "Fortune 500",
  // "O*NET-SOC 15-1252.00". A capitalised word that stands before counts ("Of 453", "Only 19") is no name.
  {
    name: 'version-after-name',
    pattern: new RegExp(
      String.raw`(?<![\w.*#+/-])(?<name>[A-Za-z][\w.*#+/-]*)\s(?<mask>\d+(?:[.\-–]\d+)*)${QUANTITY_AFTER}`,
      'g',
    ),
    accept: (match) => {
      const name = match.groups?.name ?? ''
      return UPPER.test(name[0] ?? '') && (codeShaped(name) || !COUNT_WORDS.has(name.toLowerCase()))
    },
  },
  // A place in a document or a sequence: "step 2", "Table 3", "version 4", "level 3".
  {
    name: 'reference',
    pattern: new RegExp(
      String.raw`\b(?:step|stage|phase|part|chapter|section|table|figure|appendix|item|question|version|release|level|tier)\s(?<mask>\d+(?:\.\d+)*)${QUANTITY_AFTER}`,
      'gi',
    ),
  },
  // List numbering: "1. Screen", "2) Interview" at the start of a line, "(1)" … "(9)" in a sentence.
  { name: 'list-marker', pattern: /^\s*\(?(?<mask>\d{1,2})[.)]\s|\((?<mask2>[1-9])\)(?=\s)/gm },
  // Version and section numbers with two or more dots: "3.12.1", "4.2.1".
  { name: 'dotted-version', pattern: /(?<![\d.])\d+\.\d+\.\d+(?:\.\d+)*(?!\.?\d)/g },
  // Ordinals written with digits: "1st", "2nd", "23rd", "4th".
  { name: 'ordinal', pattern: /\b\d+(?:st|nd|rd|th)\b/g },
  // Decades: "2010s", "1990s", "’90s".
  { name: 'decade', pattern: /\b(?:19|20)\d0s\b|['’]\d0s\b/g },
  // Year ranges written short: "2025–30", "2023-24".
  { name: 'year-range', pattern: new RegExp(String.raw`\b(?:19|20)\d{2}[–-]\d{2}\b${QUANTITY_AFTER}`, 'g') },
  // Years: "2023", "in 1998", "2025–2030"; not "$2000", "2,000" or "2000%".
  {
    name: 'year',
    pattern: new RegExp(String.raw`(?<![\d.,$€£])(?:19\d{2}|20\d{2}|2100)${QUANTITY_AFTER}`, 'g'),
  },
  // Codes of the O*NET-SOC form standing alone: "15-1252.00".
  { name: 'soc-code', pattern: /\b\d{2}-\d{4}\.\d{2}\b/g },
]

/**
 * The text with every allowed span blanked out, same length, so positions still line up. Each rule
 * reads the original text, so one rule's match never hides the context another rule needs.
 */
const maskAllowed = (text: string): string => {
  // UTF-16 units, as regular expression indices count them.
  const blanked = text.split('')
  for (const rule of ALLOW_RULES) {
    const pattern = new RegExp(rule.pattern.source, `${rule.pattern.flags}d`)
    for (const match of text.matchAll(pattern)) {
      if (rule.accept && !rule.accept(match)) continue
      const groups = match.indices?.groups
      const [start, end] = groups?.mask ?? groups?.mask2 ?? match.indices![0]!
      for (let index = start; index < end; index++) blanked[index] = ' '
    }
  }
  return blanked.join('')
}

const NUMBER =
  /(?<currency>[$€£]\s?)?(?<sign>[−+±-])?(?<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?<![\w.])\.\d+)(?<suffix>\s?(?:%|×|percent\b|per cent\b|pp\b)|x\b|[A-Za-z]+)?/g

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
}
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
}

const SPELLED_PERCENT = new RegExp(
  String.raw`\b(?:(?<tens>${Object.keys(TENS).join('|')})(?:[-\s](?<unit>${Object.keys(UNITS).slice(1, 10).join('|')}))?|(?<small>${Object.keys(UNITS).join('|')})|(?<hundred>(?:a|one) hundred))\s(?:percent|per cent)\b`,
  'gi',
)

const spelledPercents = (text: string): WrittenNumber[] =>
  [...text.matchAll(SPELLED_PERCENT)].map((match) => {
    const { tens, unit, small, hundred } = match.groups ?? {}
    const value = hundred
      ? 100
      : small
        ? UNITS[small.toLowerCase()]!
        : TENS[tens!.toLowerCase()]! + (unit ? UNITS[unit.toLowerCase()]! : 0)
    return { quoted: match[0], value, index: match.index }
  })

const digitNumbers = (text: string, original: string): WrittenNumber[] =>
  [...text.matchAll(NUMBER)].map((match) => {
    const { currency = '', digits = '', suffix = '' } = match.groups ?? {}
    // A hyphen glued to a digit or letter before it joins a range or a name; it is not a minus sign.
    const before = original[match.index - 1] ?? ''
    const sign = match.groups?.sign && !/[\w]/.test(before) ? match.groups.sign : ''
    const quoted = `${currency}${sign}${digits}${suffix}`.trim()
    return { quoted, value: Number(digits.replace(/,/g, '')), index: match.index }
  })

/**
 * Whether the text can hold a number at all: a digit, or the "percent" a spelled-out one needs. Most
 * prose holds none, and the rules below are the costliest part of checking a page.
 */
const MAY_HOLD_A_NUMBER = /\d|percent|per cent/i

/** Every number written in the text, allowed or not: what a finding's own text contributes. */
export const numbersWritten = (text: string): WrittenNumber[] =>
  MAY_HOLD_A_NUMBER.test(text)
    ? [...digitNumbers(text, text), ...spelledPercents(text)].sort((a, b) => a.index - b.index)
    : []

/** The numbers in the text that the allow-rules do not let through: the ones that must be cited. */
export const checkedNumbers = (text: string): WrittenNumber[] => {
  if (!MAY_HOLD_A_NUMBER.test(text)) return []
  const masked = maskAllowed(text)
  return [...digitNumbers(masked, text), ...spelledPercents(masked)].sort((a, b) => a.index - b.index)
}

const sameNumber = (a: number, b: number) => Math.abs(Math.abs(a) - Math.abs(b)) < 1e-9

/**
 * Every number in `text` that no cited finding or dataset fact contains, quoted as written ("63%",
 * "$132,270"), in the order they appear and each once.
 */
export const uncitedNumbers = ({
  text,
  citedNumbers,
}: {
  text: string
  citedNumbers: Iterable<number>
}): UncitedNumber[] => {
  const cited = [...citedNumbers]
  const seen = new Set<string>()
  return checkedNumbers(text).flatMap(({ quoted, value }) => {
    if (cited.some((number) => sameNumber(number, value)) || seen.has(quoted)) return []
    seen.add(quoted)
    return [{ quoted, value }]
  })
}

/** What a finding offers prose to quote: its figures and every number in its headline and statement. */
export type NumberSource = {
  headline?: string | null
  statement?: string | null
  figures?: { value?: number | null }[] | null
}

/** The numbers the cited findings and dataset facts contain, as absolute values. */
export const citedNumbersOf = ({
  findings = [],
  datasetFacts = [],
}: {
  findings?: NumberSource[]
  datasetFacts?: { values?: number[] | null; text?: string | null }[]
}): number[] => {
  const numbers = [
    ...findings.flatMap((finding) => [
      ...(Array.isArray(finding.figures) ? finding.figures : []).flatMap((figure) =>
        typeof figure?.value === 'number' ? [figure.value] : [],
      ),
      ...numbersWritten(`${finding.headline ?? ''} ${finding.statement ?? ''}`).map(({ value }) => value),
    ]),
    ...datasetFacts.flatMap((fact) => [
      ...(fact.values ?? []),
      ...numbersWritten(fact.text ?? '').map(({ value }) => value),
    ]),
  ]
  return [...new Set(numbers.map(Math.abs))]
}
