/**
 * The six occupational interest areas (Holland's RIASEC) as readers see them: the letter of the
 * high-point code, the name, the field a career keeps its score in, and what the area means.
 */
export const INTEREST_AREAS = [
  {
    letter: 'R',
    name: 'Realistic',
    field: 'realistic',
    description: 'hands-on work with tools, machines, materials, plants or animals',
  },
  {
    letter: 'I',
    name: 'Investigative',
    field: 'investigative',
    description: 'working with ideas, finding facts and solving problems by thinking them through',
  },
  {
    letter: 'A',
    name: 'Artistic',
    field: 'artistic',
    description: 'creating and expressing, with room for self-expression rather than fixed rules',
  },
  {
    letter: 'S',
    name: 'Social',
    field: 'social',
    description: 'helping, teaching, advising or caring for people',
  },
  {
    letter: 'E',
    name: 'Enterprising',
    field: 'enterprising',
    description: 'starting and carrying out projects, leading people and making business decisions',
  },
  {
    letter: 'C',
    name: 'Conventional',
    field: 'conventional',
    description: 'following set procedures, keeping records and working with data in an orderly way',
  },
] as const

export type InterestField = (typeof INTEREST_AREAS)[number]['field']

/** The lowest and highest score of O*NET's Occupational Interest scale. */
export const INTEREST_SCALE = { min: 1, max: 7 } as const

/** The interest areas a high-point code names, strongest first ("ICR" → Investigative, Conventional, Realistic). */
export const highPointAreas = (code: string | null | undefined) =>
  [...(code ?? '')].flatMap((letter) => INTEREST_AREAS.filter((area) => area.letter === letter))
