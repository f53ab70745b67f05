/**
 * O*NET's five job zones, by how much preparation an occupation needs, with the release's own short
 * names and, in this project's words, what that preparation usually is.
 */
export const JOB_ZONE_TEXT: Record<1 | 2 | 3 | 4 | 5, { name: string; typically: string }> = {
  1: { name: 'Little or no preparation', typically: 'a few days to a few months of training on the job' },
  2: { name: 'Some preparation', typically: 'usually a high-school diploma and some training' },
  3: { name: 'Medium preparation', typically: 'usually vocational training or an associate’s degree' },
  4: {
    name: 'Considerable preparation',
    typically: 'usually a bachelor’s degree and several years of experience',
  },
  5: { name: 'Extensive preparation', typically: 'usually a graduate degree and long experience' },
}
