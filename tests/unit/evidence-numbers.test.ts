import { describe, expect, it } from 'vitest'

import { PROSE_FIELDS } from '../../lib/evidence/model'
import { checkedNumbers, citedNumbersOf, numbersWritten, uncitedNumbers } from '../../lib/evidence/numbers'

const quoted = (text: string, citedNumbers: number[] = []) =>
  uncitedNumbers({ text, citedNumbers }).map((number) => number.quoted)

const checked = (text: string) => checkedNumbers(text).map((number) => number.quoted)

const noyZhang = {
  headline: '−40% time, +18% quality on professional writing tasks',
  statement:
    'In a pre-registered online experiment with 453 college-educated professionals, those randomly given ChatGPT finished occupation-specific writing tasks in 40% less time, and blinded evaluators rated their output 18% higher.',
  figures: [{ value: 453 }, { value: -40 }, { value: 18 }],
}

describe('uncitedNumbers', () => {
  it('refuses a claim no cited finding makes, quoting it as written', () => {
    expect(
      uncitedNumbers({
        text: 'Structured take-home reviews cut mis-hires by 63% in teams that adopted them.',
        citedNumbers: citedNumbersOf({ findings: [noyZhang] }),
      }),
    ).toEqual([{ quoted: '63%', value: 63 }])
  })

  it('refuses an unlinked figure in a summary that cites nothing', () => {
    expect(quoted('Adoption of the framework grew 14% among backend teams last year.')).toEqual(['14%'])
  })

  it('accepts numbers the cited findings contain, in their figures or their text', () => {
    const cited = citedNumbersOf({ findings: [noyZhang] })
    expect(
      quoted('Professionals finished 40% faster and were rated 18% higher; 453 took part.', cited),
    ).toEqual([])
  })

  it('matches a percentage against a figure of either sign', () => {
    expect(quoted('Time fell by 40%.', [-40])).toEqual([])
  })

  it('does not read 40% as 0.40, nor 0.40 as 40%', () => {
    expect(quoted('A share of 40% of workers.', [0.4])).toEqual(['40%'])
    expect(quoted('A validity of 0.40.', [40])).toEqual(['0.40'])
  })

  it('does not accept a rounded number for a precise one', () => {
    expect(quoted('Developers finished 56% faster.', [55.8])).toEqual(['56%'])
  })

  it('reads separators, currency, signs and multipliers', () => {
    expect(quoted('A median of $132,270, −2.1 pp, 2× as likely, 170M jobs and .51 validity.')).toEqual([
      '$132,270',
      '−2.1 pp',
      '2×',
      '170M',
      '.51',
    ])
    expect(uncitedNumbers({ text: '$132,270', citedNumbers: [132270] })).toEqual([])
  })

  it('checks spelled-out percentages too', () => {
    expect(quoted('Mis-hires fell by sixty-three percent.')).toEqual(['sixty-three percent'])
    expect(quoted('Mis-hires fell by sixty-three percent.', [63])).toEqual([])
  })

  it('quotes each uncited number once', () => {
    expect(quoted('14% here and 14% there.')).toEqual(['14%'])
  })

  it('checks small counts written as digits; counts written as words are left alone', () => {
    expect(quoted('Only 3 studies measure it.')).toEqual(['3'])
    expect(quoted('Only three studies measure it.')).toEqual([])
  })

  it('treats a sample size as a claim', () => {
    expect(quoted('A trial (n=95) found a gain.')).toEqual(['95'])
  })

  it('checks both ends of a range', () => {
    expect(quoted('Validity fell by 0.10 to 0.20, or 10–20%.', [0.1, 0.2])).toEqual(['10', '20%'])
  })
})

describe('allow-rules: digits that are not claims', () => {
  it.each([
    ['years', 'In 2023 the survey was repeated, as in 1998 and 2100.'],
    ['a year range', 'Employers expect change over 2025–2030 and 2025–30.'],
    ['a year followed by a comma', 'By 2030, most postings will mention it.'],
    ['decades', 'Serving stacks of the 2010s and the ’90s differ.'],
    ['language and runtime versions', 'Teams on Python 3, Node.js 20, Java 21 and Python 3.12 use it.'],
    ['a version after a name at the start of a sentence', 'Python 3 is the default.'],
    ['names with digits inside', 'It targets ES2022, HTTP/2, GPT-4, IPv6, Log4j and COVID-19 era tools.'],
    ['standards and web versions', 'It follows ISO 27001 and Web 2.0 conventions.'],
    ['taxonomy codes', 'Mapped to O*NET-SOC 15-1252.00 and ISCO-08 2512; alone, 15-1252.00.'],
    ['a proper name with a number', 'Agents at a Fortune 500 firm.'],
    ['ordinals in digits', 'The 1st and 23rd stages.'],
    ['references to parts of a text', 'See step 2, Table 3 and section 4.2; Figure 1 shows it.'],
    ['list numbering', '1. Screen the résumé\n2) Interview\n(1) one way, (2) another'],
    ['dotted version numbers', 'Upgrade to 3.12.1 before 4.2.0.'],
    ['written dates', 'Published 13 July 2023, revised July 13, 2023, and on 2025-09-10.'],
    [
      'web addresses and DOIs',
      'See https://www.hiringlab.org/2025/09/10/report and 10.1126/science.adh2586.',
    ],
  ])('lets through %s', (_, text) => {
    expect(checked(text)).toEqual([])
  })

  it.each([
    ['a percentage after a capitalised word', 'By 63%, mis-hires fell.', ['63%']],
    ['a count after a capitalised word that opens a sentence', 'Of 453 professionals, most agreed.', ['453']],
    ['a count after "Only"', 'Only 19 skills were affected.', ['19']],
    ['a year-sized count with a separator', 'We surveyed 2,000 developers.', ['2,000']],
    ['a year-sized number with a unit sign', 'Costs rose 2000% to $2000.', ['2000%', '$2000']],
    ['a number starting a word', 'It cut latency to 100ms with 2FA on.', ['100ms', '2FA']],
    ['a percentage after a product name', 'Copilot users were 55.8% faster.', ['55.8%']],
    ['a comma-grouped number after a name', 'Indeed rated 2,900 skills.', ['2,900']],
  ])('still checks %s', (_, text, expected) => {
    expect(checked(text)).toEqual(expected)
  })
})

describe('numbersWritten', () => {
  it('reads every number in a finding’s own text, years included', () => {
    expect(numbersWritten('In 2023, 453 people were 40% faster.').map((number) => number.value)).toEqual([
      2023, 453, 40,
    ])
  })
})

describe('citedNumbersOf', () => {
  it('collects figures and text numbers of findings and dataset facts, as absolute values', () => {
    expect(
      citedNumbersOf({
        findings: [
          { headline: '−92M displaced', statement: 'It lost 92 million.', figures: [{ value: -92 }] },
        ],
        datasetFacts: [{ values: [17], text: 'Bright outlook, 17% growth' }],
      }).sort((a, b) => a - b),
    ).toEqual([17, 92])
  })
})

describe('PROSE_FIELDS', () => {
  it('covers every prose field the issue names', () => {
    const paths = Object.entries(PROSE_FIELDS).flatMap(([collection, fields]) =>
      fields.map((field) => `${collection}.${field.path}`),
    )
    expect(paths).toEqual(
      expect.arrayContaining([
        'career-skills.summary',
        'career-skills.funnelRole.rationale',
        'career-skills.salaryUplift.rationale',
        'career-skills.learningRamp.rationale',
        'career-skills.applicability.rationale',
        'career-skills.screening.howScreened',
        'career-skills.scopeNote',
        'career-skills.limitations',
        'careers.summary',
        'skills.summary',
        'faqs.answer',
        'findings.limitations',
      ]),
    )
    expect(paths).not.toContain('findings.statement')
  })
})

describe('checkedNumbers', () => {
  it('keeps its place in text with characters outside the basic plane', () => {
    expect(checked('🚀 GPT-4 🚀 cut time by 63%.')).toEqual(['63%'])
  })
})
