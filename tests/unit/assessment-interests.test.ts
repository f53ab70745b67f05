import { describe, expect, it } from 'vitest'

import { describeProfile } from '../../lib/assessment/interests/describeProfile'
import { formatOrder, interestOrder, topInterests } from '../../lib/assessment/interests/interestOrder'
import { riasecScoresFrom } from '../../lib/assessment/interests/riasec'
import { scoreAnswers } from '../../lib/assessment/scoring/scoreAnswers'
import { instrumentFromSeed } from '../../seed/assessments/toInstrumentSeed'
import { workInterests } from '../../seed/assessments/workInterests'

describe('interestOrder and topInterests', () => {
  it('groups equal scores and keeps every type tied at the cut', () => {
    const scores = { R: 4, I: 5, A: 1, S: 2, E: 1, C: 4 }
    expect(interestOrder(scores)).toEqual([['I'], ['R', 'C'], ['S'], ['A', 'E']])
    const top = topInterests({ R: 4, I: 5, A: 1, S: 4, E: 1, C: 4 })
    expect(top.letters).toEqual(['I', 'R', 'S', 'C'])
    expect(top.tiedAtCut).toBe(true)
    expect(formatOrder(top.groups)).toBe('I-R=S=C')
  })
})

describe('describeProfile', () => {
  it('names the two strongest types in order and explains each', () => {
    const reading = describeProfile({ R: 3.8, I: 4.6, A: 2.0, S: 1.8, E: 1.6, C: 3.6 })
    expect(reading.headline).toBe('Your strongest interests are Investigative and Realistic, in that order.')
    expect(reading.strongest).toEqual(['I', 'R'])
    expect(reading.sentences[0]).toMatch(
      /^Investigative interests point to working out how and why things behave/,
    )
    expect(reading.sentences[1]).toMatch(/^Realistic interests point to hands-on work/)
    expect(reading.sentences.at(-1)).toBe('You are least drawn to Enterprising work.')
  })

  it('says a tie at the top is a tie', () => {
    expect(describeProfile({ R: 2, I: 4.4, A: 1.2, S: 2, E: 1.2, C: 4.4 }).headline).toBe(
      'Your strongest interests are Investigative and Conventional, which you rated equally.',
    )
    const second = describeProfile({ R: 4, I: 5, A: 1, S: 2, E: 1, C: 4 })
    expect(second.headline).toBe(
      'Your strongest interest is Investigative, followed by Realistic and Conventional, which tie.',
    )
    expect(second.sentences.at(-1)).toBe('You are least drawn to Artistic and Enterprising work, equally.')
  })

  it('says when one type stands above five equal ones', () => {
    const reading = describeProfile({ R: 2, I: 5, A: 2, S: 2, E: 2, C: 2 })
    expect(reading.headline).toBe(
      'Your one clear interest is Investigative; you rated the other five kinds of work equally, below it.',
    )
    expect(reading.sentences).toHaveLength(1)
  })

  it('reads a flat profile as flat, naming no strongest interest', () => {
    const reading = describeProfile({ R: 3, I: 3, A: 3, S: 3, E: 3, C: 3 })
    expect(reading.flat).toBe(true)
    expect(reading.strongest).toEqual([])
    expect(reading.headline).toMatch(/same score/)
    expect(reading.headline).not.toMatch(/strongest/)
  })

  it('reads the scores the work-interests instrument produces', () => {
    const instrument = instrumentFromSeed(workInterests)
    const answers = Object.fromEntries(
      instrument.items.map((item) => {
        const liked = item.dimension === 'I' ? 5 : item.dimension === 'C' ? 4 : 2
        return [item.key, item.type === 'likert' && item.reverse ? 6 - liked : liked]
      }),
    )
    const scores = riasecScoresFrom(scoreAnswers(instrument, answers))!
    expect(describeProfile(scores).headline).toBe(
      'Your strongest interests are Investigative and Conventional, in that order.',
    )
  })
})
