import type { TextField } from 'payload'

import { searchTextOf } from '../lib/search/normalise'

type Data = Record<string, unknown>

/**
 * The normalised names a document is found by (`lib/search/normalise.ts`): computed from the
 * document on every save, whatever a caller sends, and never shown.
 */
export const searchTextField = (namesOf: (data: Data) => (string | null | undefined)[]): TextField => ({
  name: 'searchText',
  type: 'text',
  maxLength: 500_000,
  admin: { hidden: true },
  hooks: {
    beforeChange: [({ data, originalDoc }) => searchTextOf(namesOf({ ...originalDoc, ...data }))],
  },
})
