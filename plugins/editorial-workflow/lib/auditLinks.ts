/** An audit entry as its links need it. */
export type AuditEntryRef = {
  collectionSlug?: string | null
  documentId?: string | null
  versionId?: string | null
  user?: string | number | { id: string | number } | null
  to?: string | null
}

type LinkArgs = { adminRoute: string; auditLogSlug: string; entry: AuditEntryRef }

const userIdOf = (user: AuditEntryRef['user']) =>
  user && typeof user === 'object' ? String(user.id) : user == null ? null : String(user)

/** A list of audit entries narrowed by equal fields, as the admin's list view reads its `where`. */
export const auditListHref = ({
  adminRoute,
  auditLogSlug,
  equals,
}: {
  adminRoute: string
  auditLogSlug: string
  equals: Record<string, string>
}) => {
  const conditions = Object.entries(equals).map(
    ([field, value], index) => `where[and][${index}][${field}][equals]=${encodeURIComponent(value)}`,
  )
  return `${adminRoute}/collections/${auditLogSlug}${conditions.length ? `?${conditions.join('&')}` : ''}`
}

/**
 * Where an entry leads: the document, the version the move saved (Payload's comparison with the
 * version before it), the document's whole history and everything the same person did.
 */
export const auditEntryLinks = ({ adminRoute, auditLogSlug, entry }: LinkArgs) => {
  const { collectionSlug, documentId, versionId } = entry
  const userId = userIdOf(entry.user)
  const document =
    collectionSlug && documentId ? `${adminRoute}/collections/${collectionSlug}/${documentId}` : null
  return {
    document: entry.to === 'none' ? null : document,
    version: document && versionId ? `${document}/versions/${versionId}` : null,
    history:
      collectionSlug && documentId
        ? auditListHref({ adminRoute, auditLogSlug, equals: { collectionSlug, documentId } })
        : null,
    person: userId ? auditListHref({ adminRoute, auditLogSlug, equals: { user: userId } }) : null,
  }
}
