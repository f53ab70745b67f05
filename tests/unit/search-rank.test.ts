import { describe, expect, it } from 'vitest'

import { searchTextOf } from '../../lib/search/normalise'
import { MAX_QUERY_WORDS, parseSearchQuery } from '../../lib/search/query'
import { rankResults } from '../../lib/search/rank'
import { allWordsWhere, nameEndsWithWhere, namesOf } from '../../lib/search/searchWhere'

const query = (text: string) => parseSearchQuery(text)!

/** A candidate as the search loader builds it: the title and every name from `searchText`. */
const career = (title: string, alternates: string[] = [], boosted = false) => ({
  item: title,
  title,
  names: namesOf(searchTextOf([title, ...alternates])),
  boosted,
})

const ranked = (text: string, candidates: ReturnType<typeof career>[]) =>
  rankResults(query(text), candidates).map(({ item, match }) => `${item}: ${match}`)

describe('parseSearchQuery', () => {
  it('keeps what was typed for display and normalises it as names are', () => {
    expect(parseSearchQuery('  C++ Programmer ')).toEqual({
      text: 'C++ Programmer',
      phrase: 'c plus plus programmer',
      words: ['c', 'plus', 'plus', 'programmer'],
    })
    expect(parseSearchQuery('Sous-Chef')?.phrase).toBe('sous chef')
  })

  it('has nothing to search by for an empty query or punctuation alone', () => {
    expect(parseSearchQuery('')).toBeNull()
    expect(parseSearchQuery('   ')).toBeNull()
    expect(parseSearchQuery('?!')).toBeNull()
    expect(parseSearchQuery(undefined)).toBeNull()
  })

  it('takes the first value of a repeated parameter and caps the words it queries by', () => {
    expect(parseSearchQuery(['nurse', 'chef'])?.phrase).toBe('nurse')
    expect(parseSearchQuery('a b c d e f g h')?.words).toHaveLength(MAX_QUERY_WORDS)
  })
})

describe('search conditions', () => {
  it('anchors every word to the start of a word, one condition per word', () => {
    expect(allWordsWhere(query('sous chef'))).toEqual({
      and: [{ searchText: { contains: ' sous' } }, { searchText: { contains: ' chef' } }],
    })
    expect(allWordsWhere(query('C++'))).toEqual({
      and: [{ searchText: { contains: ' c' } }, { searchText: { contains: ' plus' } }],
    })
  })

  it('finds names that end with the whole query, so exact names are always ranked', () => {
    expect(nameEndsWithWhere(query('RN'))).toEqual({ searchText: { contains: ' rn |' } })
  })

  it('reads back the names a document is found by', () => {
    expect(namesOf(searchTextOf(['Registered Nurses', 'Registered Nurse (RN)', 'RN']))).toEqual([
      'registered nurses',
      'registered nurse rn',
      'rn',
    ])
    expect(namesOf(null)).toEqual([])
  })
})

describe('rankResults', () => {
  it('ranks exact title, title word start, other name exact, other name word start, then words anywhere', () => {
    expect(
      ranked('programmer', [
        career('Web Developers', ['Web Programmer']),
        career('Computer Programmers', ['Programmer']),
        career('Technical Writers', ['Writer', 'Documentation Programmer Analyst']),
        career('Programmer'),
        career('Statisticians', ['Programmer']),
      ]),
    ).toEqual([
      'Programmer: exact-title',
      'Computer Programmers: title-word-start',
      'Statisticians: alternate-exact',
      'Web Developers: alternate-word-start',
      'Technical Writers: alternate-word-start',
    ])
    expect(ranked('chef sous', [career('Chefs and Head Cooks', ['Sous Chef'])])).toEqual([
      'Chefs and Head Cooks: contains',
    ])
  })

  it('matches words at their start only, and drops what does not match', () => {
    expect(ranked('gram', [career('Computer Programmers')])).toEqual([])
    expect(ranked('rn', [career('Machine Learning Engineers'), career('Registered Nurses', ['RN'])])).toEqual(
      ['Registered Nurses: alternate-exact'],
    )
  })

  it('puts boosted results (curated, with evidence pages) first among equal matches, not above better ones', () => {
    expect(
      ranked('developer', [
        career('Web Developers'),
        career('Backend Developer', [], true),
        career('Developer'),
      ]),
    ).toEqual([
      'Developer: exact-title',
      'Backend Developer: title-word-start',
      'Web Developers: title-word-start',
    ])
  })

  it('breaks ties by how many names match, then by the shorter title, then alphabetically', () => {
    expect(
      ranked('sous chef', [
        career('Cooks, Institution and Cafeteria', ['Sous Chef']),
        career('Chefs and Head Cooks', ['Sous Chef', 'Executive Sous Chef']),
      ]),
    ).toEqual(['Chefs and Head Cooks: alternate-exact', 'Cooks, Institution and Cafeteria: alternate-exact'])
    expect(
      ranked('nurse', [career('Nurse Midwives'), career('Nurse Anesthetists'), career('Nurse Aides')]),
    ).toEqual([
      'Nurse Aides: title-word-start',
      'Nurse Midwives: title-word-start',
      'Nurse Anesthetists: title-word-start',
    ])
  })

  it('says which other name matched when the title did not', () => {
    const [result] = rankResults(query('programmer'), [
      career('Software Developers', ['Applications Programmer']),
    ])
    expect(result?.matchedName).toBe('applications programmer')
    const [titled] = rankResults(query('software'), [career('Software Developers', ['Software Engineer'])])
    expect(titled?.matchedName).toBeNull()
  })
})
