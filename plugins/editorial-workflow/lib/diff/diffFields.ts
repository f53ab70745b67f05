import type { Field, OptionObject } from 'payload'

import { labelOf } from './fieldLabel'
import type { FieldChange } from './types'

type Doc = Record<string, unknown>

type Walk = {
  fields: Field[]
  before: Doc
  after: Doc
  /** Where these fields sit in the document (`ratings.funnelRole.`), empty at the top. */
  path: string
  /** How people name where they sit ("Screening, row 2 › "). */
  label: string
  ignore: ReadonlySet<string>
}

const asRecord = (value: unknown): Doc =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Doc) : {}
const asRows = (value: unknown): Doc[] => (Array.isArray(value) ? value.map(asRecord) : [])
const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

/** A relationship value as a stable key: the id, or `collection:id` when the field points at several. */
const refKey = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  const record = asRecord(value)
  if ('relationTo' in record && 'value' in record) {
    const inner = refKey(record.value)
    return inner === null ? null : `${String(record.relationTo)}:${inner}`
  }
  return 'id' in record ? String(record.id) : null
}
const refKeys = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).map(refKey).filter((key): key is string => key !== null)

const optionLabel = (options: (OptionObject | string)[], value: unknown) => {
  const option = options.find((item) => (typeof item === 'string' ? item : item.value) === value)
  if (!option) return String(value)
  return typeof option === 'string' ? option : typeof option.label === 'string' ? option.label : option.value
}

/** A scalar as people read it: choices by their labels, yes/no, lists joined. */
const display = (field: Field, value: unknown): string => {
  if (isEmpty(value)) return ''
  const values = Array.isArray(value) ? value : [value]
  if (field.type === 'select' || field.type === 'radio') {
    return values.map((item) => optionLabel(field.options, item)).join(', ')
  }
  if (field.type === 'checkbox') return value ? 'Yes' : 'No'
  if (field.type === 'date') return values.map((item) => new Date(String(item)).toISOString()).join(', ')
  if (values.every((item) => typeof item !== 'object')) return values.map(String).join(', ')
  return JSON.stringify(value)
}

const sameJson = (a: unknown, b: unknown) =>
  JSON.stringify(isEmpty(a) ? null : a) === JSON.stringify(isEmpty(b) ? null : b)

const diffRelationship = (field: Field & { name: string }, walk: Walk, at: string): FieldChange[] => {
  const before = refKeys(walk.before[field.name])
  const after = refKeys(walk.after[field.name])
  const added = after.filter((key) => !before.includes(key))
  const removed = before.filter((key) => !after.includes(key))
  const reordered = added.length === 0 && removed.length === 0 && before.join('\n') !== after.join('\n')
  if (!added.length && !removed.length && !reordered) return []
  const relationTo = 'relationTo' in field ? field.relationTo : ''
  return [
    {
      kind: 'relationship',
      path: at,
      label: walk.label + labelOf(field, field.name),
      relationTo: Array.isArray(relationTo) ? relationTo.join(',') : String(relationTo),
      many: Boolean('hasMany' in field && field.hasMany),
      added,
      removed,
      reordered,
    },
  ]
}

/** Rows of an array or blocks field, matched by their row id so that an edit is not read as a swap. */
const diffRows = (field: Field & { name: string }, walk: Walk, at: string): FieldChange[] => {
  const label = labelOf(field, field.name)
  const before = asRows(walk.before[field.name])
  const after = asRows(walk.after[field.name])
  const idOf = (row: Doc, index: number) => (row.id === undefined ? `#${index}` : String(row.id))
  const beforeIds = before.map(idOf)
  const afterIds = after.map(idOf)
  const added = afterIds.filter((id) => !beforeIds.includes(id)).length
  const removed = beforeIds.filter((id) => !afterIds.includes(id)).length
  const kept = afterIds.filter((id) => beforeIds.includes(id))
  const reordered = kept.join('\n') !== beforeIds.filter((id) => afterIds.includes(id)).join('\n')

  const inside = after.flatMap((row, index) => {
    const earlier = before[beforeIds.indexOf(afterIds[index])]
    if (!earlier) return []
    const fields =
      field.type === 'blocks'
        ? (field.blocks.find((block) => block.slug === row.blockType)?.fields ?? [])
        : 'fields' in field
          ? field.fields
          : []
    return diffFields({
      ...walk,
      fields,
      before: earlier,
      after: row,
      path: `${at}.${index}.`,
      label: `${walk.label}${label}, row ${index + 1} › `,
    })
  })
  const rows: FieldChange[] =
    added || removed || reordered
      ? [{ kind: 'rows', path: at, label: walk.label + label, added, removed, reordered }]
      : []
  return [...rows, ...inside]
}

const diffNamed = (field: Field & { name: string }, walk: Walk): FieldChange[] => {
  const at = walk.path + field.name
  const before = walk.before[field.name]
  const after = walk.after[field.name]
  const label = walk.label + labelOf(field, field.name)
  switch (field.type) {
    case 'group':
      return diffFields({
        ...walk,
        fields: field.fields,
        before: asRecord(before),
        after: asRecord(after),
        path: `${at}.`,
        label: `${label} › `,
      })
    case 'array':
    case 'blocks':
      return diffRows(field, walk, at)
    case 'relationship':
    case 'upload':
      return diffRelationship(field, walk, at)
    case 'richText':
    case 'json':
      return sameJson(before, after) ? [] : [{ kind: 'changed', path: at, label }]
    case 'text':
    case 'textarea':
    case 'email':
    case 'code': {
      const [was, now] = [display(field, before), display(field, after)]
      return was === now ? [] : [{ kind: 'text', path: at, label, before: was, after: now }]
    }
    default: {
      const [was, now] = [display(field, before), display(field, after)]
      return was === now ? [] : [{ kind: 'value', path: at, label, before: was, after: now }]
    }
  }
}

/**
 * Walks a collection's fields over two versions of a document and lists what differs, field by field,
 * with the paths and labels of nested fields. Pure: the caller loads both versions.
 */
export const diffFields = (walk: Walk): FieldChange[] =>
  walk.fields.flatMap((field): FieldChange[] => {
    if (field.type === 'ui' || field.type === 'join') return []
    if ('hidden' in field && field.hidden) return []
    if ('virtual' in field && field.virtual) return []
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? diffFields({
              ...walk,
              fields: tab.fields,
              before: asRecord(walk.before[tab.name]),
              after: asRecord(walk.after[tab.name]),
              path: `${walk.path}${tab.name}.`,
              label: `${walk.label}${labelOf(tab as never, tab.name)} › `,
            })
          : diffFields({ ...walk, fields: tab.fields }),
      )
    }
    if (!('name' in field) || !field.name) {
      return 'fields' in field ? diffFields({ ...walk, fields: field.fields }) : []
    }
    if (walk.path === '' && walk.ignore.has(field.name)) return []
    return diffNamed(field, walk)
  })
