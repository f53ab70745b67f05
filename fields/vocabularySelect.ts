import { type FieldHook, type SelectField, ValidationError } from 'payload'

import { allowedValues, isValueOf, selectOptions, type Vocabulary } from '../lib/evidence/model'

type SingleSelect = Extract<SelectField, { hasMany?: false }>

type VocabularySelectArgs = Omit<SingleSelect, 'type' | 'options' | 'hasMany'> & { vocabulary: Vocabulary }

/**
 * Payload checks select options only on published saves. A value outside the vocabulary is bad input
 * on any save, draft or not: it is refused with a 400 that lists the values that would be accepted.
 */
const refuseUnknownValue =
  (vocabulary: Vocabulary): FieldHook =>
  ({ value, path, collection, req }) => {
    if (value === undefined || value === null || value === '' || isValueOf(vocabulary, value)) return value
    throw new ValidationError({
      collection: collection?.slug,
      errors: [
        {
          path: path.join('.'),
          message: `“${String(value)}” is not one of the allowed values, which are ${allowedValues(vocabulary)}.`,
        },
      ],
      req,
    })
  }

/** A select whose options come from a vocabulary of the evidence model, refusing values outside it. */
export const vocabularySelect = ({ vocabulary, hooks, ...field }: VocabularySelectArgs): SingleSelect => ({
  ...field,
  type: 'select',
  options: selectOptions(vocabulary),
  hooks: { ...hooks, beforeValidate: [refuseUnknownValue(vocabulary), ...(hooks?.beforeValidate ?? [])] },
})
