import type { FlattenedField, SanitizedCollectionConfig } from 'payload'

type Collections = Record<string, { config: SanitizedCollectionConfig } | undefined>

type FieldAtPathArgs = { collections: Collections; collection: string; path: string }

/**
 * The field a `where` path such as `provenance.sampleSize` or `skillClusters.skills.name` names,
 * following groups, arrays and relationships; undefined when the path names none, which Payload
 * then refuses on its own.
 */
export const fieldAtPath = ({
  collections,
  collection,
  path,
}: FieldAtPathArgs): FlattenedField | undefined => {
  let fields = collections[collection]?.config.flattenedFields
  let found: FlattenedField | undefined
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) continue
    if (found) fields = nestedFields({ collections, field: found })
    found = fields?.find((field) => field.name === segment)
    if (!found) return undefined
  }
  return found
}

const nestedFields = ({ collections, field }: { collections: Collections; field: FlattenedField }) => {
  if ('flattenedFields' in field) return field.flattenedFields
  if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string')
    return collections[field.relationTo]?.config.flattenedFields
  return undefined
}
