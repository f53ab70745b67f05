import type { GroupField } from 'payload'

import { importOwned } from '../../../fields/origin'
import { jsonReadout } from '../../../fields/jsonReadout'

/** What an O*NET release says about a technology as such; its use per career sits on the career. */
export const onetTechnology: GroupField = {
  name: 'onet',
  label: 'O*NET technology',
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
        {
          name: 'key',
          type: 'text',
          index: true,
          admin: { description: 'The normalised name it is matched by.' },
        },
        { name: 'commodityCode', type: 'text', label: 'UNSPSC commodity code' },
        { name: 'commodityTitle', type: 'text', label: 'UNSPSC commodity' },
      ],
    },
    jsonReadout({ name: 'examples', admin: { description: 'Every spelling the release uses for it.' } }),
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
