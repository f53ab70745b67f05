import type { JobZoneReference, OnetOccupation, OnetRelease } from '../../lib/onet/release/types'

const provenance = (file: string, domainSource: string) => ({ file, date: '08/2024', domainSource })

/** Technologies every synthetic occupation uses, so one skill page lists them all. */
export const SHARED_TECHNOLOGIES = ['Widget Studio', 'Gadget Compiler', 'Ledger Sheets']

export const syntheticCode = (index: number) => `15-${String(3000 + index)}.00`

const occupation = (index: number): OnetOccupation => ({
  code: syntheticCode(index),
  title: `Synthetic Practitioners ${index}`,
  description: `Practise the synthetic trade number ${index}, from planning to delivery.`,
  alternateTitles: [
    { title: `Practitioner ${index} Programmer`, shortTitle: null, sources: ['08'] },
    { title: `Trade ${index} Specialist`, shortTitle: `TS${index}`, sources: ['08'] },
  ],
  jobZone: { zone: 4, provenance: provenance('Job Zones.txt', 'Analyst') },
  tasks: [1, 2, 3].map((task) => ({
    id: String(index * 10 + task),
    statement: `Carry out step ${task} of the synthetic trade.`,
    type: 'Core' as const,
    incumbentsResponding: 40,
    provenance: provenance('Task Statements.txt', 'Incumbent'),
  })),
  interests: {
    scores: { R: 2.5, I: 6.1, A: 3, S: 2, E: 2.2, C: 5 },
    highPoint: 'IC',
    provenance: provenance('Interests.txt', 'Machine Learning'),
  },
  related: [1, 2, 3]
    .filter((offset) => index - offset >= 1)
    .map((offset) => ({ code: syntheticCode(index - offset), tier: 'Primary-Short', index: offset })),
  technologies: [
    ...SHARED_TECHNOLOGIES.map((example, position) => ({
      example,
      commodityCode: '43232202',
      commodityTitle: 'Document management software',
      hot: position === 0,
      inDemand: position === 0 && index % 2 === 1,
    })),
    {
      example: `Trade ${index} Toolkit`,
      commodityCode: '43232306',
      commodityTitle: 'Data base user interface and query software',
      hot: false,
      inDemand: false,
    },
  ],
})

const JOB_ZONE_FOUR: JobZoneReference = {
  zone: 4,
  name: 'Job Zone Four: Considerable Preparation Needed',
  experience: 'Several years of related work are usually needed.',
  education: 'Most of these occupations need a four-year degree.',
  training: 'Several years of on-the-job training are usual.',
  examples: 'Synthetic examples.',
  svpRange: '(7.0 to < 8.0)',
}

/**
 * A release of `occupations` made-up occupations in one job family, shaped as the reader returns a
 * real one: for catalogues of any size without files on disk. Occupation n is the same in every size.
 */
export const syntheticRelease = ({ occupations }: { occupations: number }): OnetRelease => ({
  version: '29.2',
  releaseLabel: 'February 2025 Release',
  releaseUrl: 'https://www.onetcenter.org/dictionary/29.2/text/',
  folder: 'synthetic',
  files: [],
  occupations: Array.from({ length: occupations }, (_, index) => occupation(index + 1)),
  jobZones: [JOB_ZONE_FOUR],
  rejected: [],
})
