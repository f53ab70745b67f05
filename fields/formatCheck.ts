import { type FieldHook, ValidationError } from 'payload'

type FormatArgs = { pattern: RegExp; message: string }

/**
 * Payload skips field validation on draft saves, so that half-written drafts can be kept. A malformed
 * value is different: it is bad input, refused with a 400 on every save, draft or not.
 */
export const formatCheck =
  ({ pattern, message }: FormatArgs): FieldHook =>
  ({ value, path, collection, req }) => {
    if (value === undefined || value === null || value === '' || pattern.test(String(value))) return value
    throw new ValidationError({
      collection: collection?.slug,
      errors: [{ path: path.join('.'), message }],
      req,
    })
  }

export const formatValidator =
  ({ pattern, message }: FormatArgs) =>
  (value: string | null | undefined): true | string =>
    !value || pattern.test(value) || message
