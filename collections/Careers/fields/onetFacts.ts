import type { GroupField, RelationshipField } from 'payload'

import { importOwned } from '../../../fields/origin'
import { jsonReadout } from '../../../fields/jsonReadout'

const provenance = [
  { name: 'date', type: 'text', admin: { description: 'As released: month/year.' } },
  { name: 'domainSource', type: 'text', admin: { description: 'How O*NET obtained the figure.' } },
] as const

/**
 * Skills as real relationships, so a skill's page queries the careers that use it by index. Hidden in
 * the admin: an occupation uses up to 425 technologies, more labels than one request may load, and the
 * `technologies` read-out above shows the same list with its flags. Never populated (`maxDepth: 0`): a
 * page of 100 careers at depth 2 would otherwise carry every technology of each, megabytes per answer.
 */
const technologyLinks = (name: string, description: string): RelationshipField => ({
  name,
  type: 'relationship',
  relationTo: 'skills',
  hasMany: true,
  maxDepth: 0,
  admin: { readOnly: true, hidden: true, description },
})

/**
 * What an O*NET release says about one occupation, with the provenance of each fact. Written only by
 * the importer; the lists are JSON read-outs (shapes in `lib/onet/facts.ts`), so a release of
 * 60,000 rows imports in seconds and a career page reads one document.
 */
export const onetFacts: GroupField = {
  name: 'onet',
  label: 'O*NET occupation',
  type: 'group',
  access: importOwned,
  admin: {
    condition: (data) => data?.origin === 'onet',
    description: 'Imported from the O*NET database; changed only by an approved import.',
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'code', type: 'text', label: 'O*NET-SOC code', index: true },
        { name: 'jobFamily', type: 'text', index: true, admin: { description: 'SOC major group.' } },
      ],
    },
    { name: 'description', type: 'textarea' },
    {
      name: 'jobZone',
      type: 'group',
      admin: { description: 'How much preparation the occupation needs, and what that zone means.' },
      fields: [
        {
          type: 'row',
          fields: [{ name: 'zone', type: 'number', min: 1, max: 5, index: true }, ...provenance],
        },
        { name: 'name', type: 'text' },
        { name: 'education', type: 'textarea' },
        { name: 'experience', type: 'textarea' },
        { name: 'training', type: 'textarea' },
      ],
    },
    {
      name: 'interests',
      type: 'group',
      admin: { description: 'RIASEC occupational interest scores, 1 (low) to 7 (high).' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'realistic', type: 'number' },
            { name: 'investigative', type: 'number' },
            { name: 'artistic', type: 'number' },
            { name: 'social', type: 'number' },
            { name: 'enterprising', type: 'number' },
            { name: 'conventional', type: 'number' },
          ],
        },
        { type: 'row', fields: [{ name: 'highPoint', type: 'text', index: true }, ...provenance] },
      ],
    },
    jsonReadout({ name: 'alternateTitles' }),
    jsonReadout({ name: 'tasks', admin: { description: 'Core tasks with their provenance.' } }),
    jsonReadout({ name: 'related', admin: { description: 'Related occupations by code, ranked.' } }),
    jsonReadout({
      name: 'technologies',
      admin: { description: 'Technologies used, with Hot and In Demand flags.' },
    }),
    technologyLinks('technologySkills', 'The technologies as skills, so a skill page finds its careers.'),
    technologyLinks('hotTechnologySkills', 'Those O*NET marks Hot: frequent in employer job postings.'),
    technologyLinks('inDemandTechnologySkills', 'Those O*NET marks In Demand by employers.'),
    jsonReadout({
      name: 'checksums',
      admin: { description: 'Fingerprints of the facts above, to tell changes.' },
    }),
    {
      name: 'importRun',
      type: 'relationship',
      relationTo: 'imports',
      index: true,
      admin: { readOnly: true },
    },
  ],
}
