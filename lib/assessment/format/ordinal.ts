const ORDINAL_RULES = new Intl.PluralRules('en', { type: 'ordinal' })

/** English ordinal suffixes by CLDR plural category: 1st, 2nd, 3rd, 4th, 11th, 21st, 111th. */
const SUFFIXES: Record<Intl.LDMLPluralRule, string> = {
  zero: 'th',
  one: 'st',
  two: 'nd',
  few: 'rd',
  many: 'th',
  other: 'th',
}

/**
 * "71st", "72nd", "73rd", "11th". The site is written in English, so ordinals follow English rules
 * whatever the reader's locale; the platform's plural rules decide the suffix.
 */
export const ordinal = (value: number): string => `${value}${SUFFIXES[ORDINAL_RULES.select(value)]}`
