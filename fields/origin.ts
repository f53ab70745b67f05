import type { FieldAccess, SelectField } from 'payload'

export const ORIGINS = [
  { label: 'Curated by editors', value: 'curated' },
  { label: 'Imported from O*NET', value: 'onet' },
] as const

export type Origin = (typeof ORIGINS)[number]['value']

/** Only the importer (trusted server code) writes what an import owns; people read it. */
export const importOwned: { create: FieldAccess; update: FieldAccess } = {
  create: () => false,
  update: () => false,
}

/** Where a document came from. Imports never touch curated documents, and never replace their text. */
export const originField = (): SelectField => ({
  name: 'origin',
  type: 'select',
  // Not required: documents written before imports existed are curated, and say so by default.
  defaultValue: 'curated',
  index: true,
  options: [...ORIGINS],
  access: importOwned,
  admin: { position: 'sidebar', readOnly: true },
})

type Validator<V, A> = (
  value: V,
  args: A & { required?: boolean; siblingData: Record<string, unknown> },
) => string | true | Promise<string | true>

/**
 * Payload's own validator for the field type, required only for curated documents: an imported one
 * may leave it to the dataset's facts. Everything else the validator checks (allowed options, length)
 * still applies.
 */
export const requiredWhenCurated =
  <V, A>(validate: Validator<V, A>): Validator<V, A> =>
  (value, args) =>
    validate(value, { ...args, required: args.siblingData?.origin !== 'onet' })
