import type { TextField } from 'payload'

import { slugify } from '../lib/slugify'

/** A unique, indexed URL slug, generated from `sourceField` when left empty and normalised always. */
export const slugField = (sourceField: string): TextField => ({
  name: 'slug',
  type: 'text',
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: `Generated from the ${sourceField} when left empty. Changing it changes the public URL.`,
  },
  hooks: {
    beforeValidate: [
      ({ value, data }) => {
        const typed = typeof value === 'string' ? slugify(value) : ''
        if (typed) return typed
        const source = data?.[sourceField]
        return typeof source === 'string' ? slugify(source) : value
      },
    ],
  },
  validate: (value: string | null | undefined) =>
    Boolean(value) || `A slug is needed: fill in the ${sourceField} or type a slug.`,
})
