import fs from 'node:fs'

import { describe, expect, it } from 'vitest'

import type { Career, Skill } from '../../payload-types'
import {
  ALTERNATE_TITLES_SHOWN,
  toInterestProfile,
  toJobZone,
  toOccupationView,
  toTechnologies,
} from '../../lib/data/shape/occupation'
import { onetAttribution, onetVersionOf } from '../../lib/onet/attribution'
import { domainSourceView, releaseMonth } from '../../lib/onet/domainSources'

const skill = (id: string, name: string): Skill =>
  ({
    id,
    name,
    slug: name.toLowerCase().replace(/ /g, '-'),
    kind: 'technology',
    origin: 'onet',
    updatedAt: '',
    createdAt: '',
  }) as Skill

const technology = (
  skillId: string,
  example: string,
  commodityTitle: string,
  marks: { hot?: boolean; inDemand?: boolean } = {},
) => ({
  skill: skillId,
  example,
  commodityTitle,
  hot: Boolean(marks.hot),
  inDemand: Boolean(marks.inDemand),
})

const interests = {
  realistic: 3.93,
  investigative: 5.86,
  artistic: 2.26,
  social: 1.88,
  enterprising: 1.87,
  conventional: 5.46,
  highPoint: 'ICR',
  date: '11/2023',
  domainSource: 'Machine Learning',
}

const occupation = (onet: Career['onet']): Career =>
  ({
    id: 'sd',
    title: 'Software Developers',
    slug: 'software-developers',
    origin: 'onet',
    onet,
    updatedAt: '',
    createdAt: '',
  }) as Career

describe('domainSourceView', () => {
  it('says in words how O*NET obtained a figure', () => {
    expect(domainSourceView('Incumbent')).toMatchObject({
      label: 'Surveyed workers in the occupation',
      flag: null,
    })
    expect(domainSourceView('Analyst - Transition')?.label).toMatch(/analysts/)
  })

  it('flags a machine-learning estimate so the page shows it beside the figure', () => {
    expect(domainSourceView('Machine Learning')?.flag).toMatchObject({
      key: 'machineLearning',
      label: 'Machine-learning estimate',
    })
  })

  it('keeps a value it does not know, and has nothing for none', () => {
    expect(domainSourceView('Expert Panel')?.label).toBe('Domain source: Expert Panel')
    expect(domainSourceView(' ')).toBeNull()
  })
})

describe('releaseMonth', () => {
  it("reads the release's month and year", () => {
    expect(releaseMonth('08/2023')).toBe('August 2023')
    expect(releaseMonth('2023')).toBe('2023')
    expect(releaseMonth(null)).toBeNull()
  })
})

describe('toInterestProfile', () => {
  it('keeps the six scores in RIASEC order and explains the high-point code', () => {
    const profile = toInterestProfile(interests)
    expect(profile?.scores.map((score) => `${score.letter} ${score.score}`)).toEqual([
      'R 3.93',
      'I 5.86',
      'A 2.26',
      'S 1.88',
      'E 1.87',
      'C 5.46',
    ])
    expect(profile?.highPoint).toEqual({
      code: 'ICR',
      areas: [
        { letter: 'I', name: 'Investigative' },
        { letter: 'C', name: 'Conventional' },
        { letter: 'R', name: 'Realistic' },
      ],
    })
    expect(profile?.provenance).toMatchObject({
      date: 'November 2023',
      source: { flag: { key: 'machineLearning' } },
    })
  })

  it('shows no profile rather than one with a score missing', () => {
    expect(toInterestProfile({ ...interests, social: null })).toBeNull()
    expect(toInterestProfile({ ...interests, highPoint: '' })?.highPoint).toBeNull()
  })
})

describe('toJobZone', () => {
  it('has no preparation section without a zone', () => {
    expect(toJobZone({ zone: null, name: 'Job Zone Four' })).toBeNull()
    expect(toJobZone({ zone: 4, name: ' Job Zone Four ', education: '' })).toMatchObject({
      zone: 4,
      name: 'Job Zone Four',
      education: null,
    })
  })
})

describe('toTechnologies', () => {
  const skills = new Map([
    ['py', skill('py', 'Python')],
    ['xl', skill('xl', 'Microsoft Excel')],
  ])

  it('lists in-demand technologies first, then hot ones, each alphabetically', () => {
    const view = toTechnologies(
      [
        technology('xl', 'Microsoft Excel', 'Spreadsheet software', { hot: true }),
        technology('ada', 'Ada', 'Development environment software', { hot: true }),
        technology('py', 'Python', 'Object or component oriented development software', {
          hot: true,
          inDemand: true,
        }),
        technology('jira', 'Atlassian JIRA', 'Development environment software', { inDemand: true }),
      ],
      skills,
    )
    expect(view.marked.map((item) => item.name)).toEqual([
      'Atlassian JIRA',
      'Python',
      'Ada',
      'Microsoft Excel',
    ])
    expect(view.others).toEqual([])
  })

  it('groups the rest by kind, largest group first, and links only published skills', () => {
    const view = toTechnologies(
      [
        technology('a', 'Zed', 'Development environment software'),
        technology('b', 'Awk', 'Development environment software'),
        technology('xl', 'Microsoft Excel', 'Spreadsheet software'),
      ],
      skills,
    )
    expect(view.total).toBe(3)
    expect(view.others.map((group) => [group.commodity, group.items.map((item) => item.name)])).toEqual([
      ['Development environment software', ['Awk', 'Zed']],
      ['Spreadsheet software', ['Microsoft Excel']],
    ])
    expect(view.others[1]?.items[0]?.href).toBe('/skills/microsoft-excel')
    expect(view.others[0]?.items[0]?.href).toBeNull()
  })
})

describe('toOccupationView', () => {
  it('shapes the stored facts, with related occupations in O*NET order and only those published', () => {
    const related = (code: string, title: string) =>
      ({
        id: code,
        title,
        slug: title.toLowerCase().replace(/ /g, '-'),
        origin: 'onet',
        onet: { code },
        updatedAt: '',
        createdAt: '',
      }) as Career
    const view = toOccupationView({
      occupation: occupation({
        code: '15-1252.00',
        jobFamily: '15',
        description: ' Research, design, and develop software. ',
        interests,
        jobZone: { zone: 4, name: 'Job Zone Four', date: '11/2021', domainSource: 'Analyst - Preliminary' },
        alternateTitles: [
          { title: 'Applications Programmer', shortTitle: null },
          { title: 'Applications Programmer', shortTitle: 'AP' },
          { title: '' },
        ],
        tasks: [
          {
            id: '1',
            statement: 'Write code.',
            rated: 'unrated',
            incumbentsResponding: null,
            date: '08/2024',
            domainSource: 'Incumbent',
          },
        ],
        related: [
          { code: '15-1254.00', tier: 'Primary-Short', rank: 2 },
          { code: '15-1251.00', tier: 'Primary-Short', rank: 1 },
          { code: '99-9999.00', tier: 'Supplemental', rank: 3 },
        ],
        technologies: [],
      }),
      careersByCode: new Map([
        ['15-1254.00', related('15-1254.00', 'Web Developers')],
        ['15-1251.00', related('15-1251.00', 'Computer Programmers')],
      ]),
      skills: new Map(),
    })
    expect(view).toMatchObject({
      title: 'Software Developers',
      code: '15-1252.00',
      href: '/careers/software-developers',
      family: { code: '15', title: 'Computer and Mathematical', href: '/careers/families/15' },
      description: 'Research, design, and develop software.',
      alternateTitles: { total: 1, shown: ['Applications Programmer'] },
      tasks: [{ id: '1', statement: 'Write code.', provenance: { date: 'August 2024' } }],
    })
    expect(view.related.map((link) => link.title)).toEqual(['Computer Programmers', 'Web Developers'])
  })

  it('caps the alternate titles it lists and says how many there are', () => {
    const titles = Array.from({ length: ALTERNATE_TITLES_SHOWN + 10 }, (_, index) => ({
      title: `Title ${index}`,
      shortTitle: null,
    }))
    const view = toOccupationView({
      occupation: occupation({ alternateTitles: titles }),
      careersByCode: new Map(),
      skills: new Map(),
    })
    expect(view.alternateTitles.total).toBe(ALTERNATE_TITLES_SHOWN + 10)
    expect(view.alternateTitles.shown).toHaveLength(ALTERNATE_TITLES_SHOWN)
    expect([view.interests, view.jobZone, view.family, view.description]).toEqual([null, null, null, null])
  })
})

describe('onetAttribution', () => {
  it('credits the release in the words of the bundled ATTRIBUTION.md', () => {
    const file = fs.readFileSync('seed/datasets/onet-29.2/ATTRIBUTION.md', 'utf8')
    const quoted = file
      .split('\n')
      .filter((line) => line.startsWith('> '))
      .map((line) => line.slice(2))
      .join(' ')
    expect(onetAttribution('29.2')).toBe(quoted)
  })

  it('reads the version from the dataset source title', () => {
    expect(onetVersionOf('O*NET 29.2 Database')).toBe('29.2')
    expect(onetVersionOf('O*NET-SOC taxonomy')).toBeNull()
  })
})
