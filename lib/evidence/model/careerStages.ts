import type { ValueOf, Vocabulary } from './vocabulary'

/** The stages at which an evidence page says how a skill is screened, in career order. */
export const CAREER_STAGES = [
  { value: 'entry', label: 'Entry', readerLabel: 'Entry level', rank: 1 },
  { value: 'mid', label: 'Mid-level', rank: 2 },
  { value: 'senior', label: 'Senior', rank: 3 },
  { value: 'staff-principal', label: 'Staff / principal', readerLabel: 'Staff and principal', rank: 4 },
] as const satisfies Vocabulary

export type CareerStage = ValueOf<typeof CAREER_STAGES>
