import type { Field } from 'payload'

/** The workflow's own fields and Payload's: saying nothing about them is still saying nothing. */
const NOT_CONTENT = new Set(['id', '_status', 'stage', 'reviewNote', 'changedBy', 'createdAt', 'updatedAt'])

const isBlank = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === false ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0)

/** A value the person typed or chose: not blank, and not the default the form starts from. */
const isTyped = (field: Field, value: unknown): boolean => {
  if (isBlank(value)) return false
  const fallback = 'defaultValue' in field ? field.defaultValue : undefined
  if (typeof fallback === 'function') return true
  return JSON.stringify(value) !== JSON.stringify(fallback)
}

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}

/**
 * True when a document's data holds something a person entered, walking groups, rows, collapsibles
 * and tabs. A form opened and saved untouched carries only defaults, and would store a record with
 * no title that nobody can recognise in a list.
 */
export const holdsContent = (fields: Field[], data: Record<string, unknown>): boolean =>
  fields.some((field) => {
    if (field.type === 'tabs') {
      return field.tabs.some((tab) =>
        'name' in tab && tab.name
          ? holdsContent(tab.fields, record(data[tab.name]))
          : holdsContent(tab.fields, data),
      )
    }
    if (!('name' in field)) {
      return 'fields' in field ? holdsContent(field.fields, data) : false
    }
    if (field.type === 'ui' || NOT_CONTENT.has(field.name)) return false
    if (field.type === 'group') return holdsContent(field.fields, record(data[field.name]))
    // The admin's form sends a list field as its number of rows: none is nothing.
    if ((field.type === 'array' || field.type === 'blocks') && data[field.name] === 0) return false
    return isTyped(field, data[field.name])
  })
