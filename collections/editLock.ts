import type { CollectionConfig } from 'payload'

/**
 * How long an open edit form holds its document. Payload renews the lock while the person works and
 * releases it when they leave the page, but a closed tab keeps it until it expires: two minutes
 * lets the editor who comes back to a change request in, while a save based on an older version is
 * still refused (`refuseStaleSaves`), so nobody's work is overwritten in between.
 */
export const EDIT_LOCK: CollectionConfig['lockDocuments'] = { duration: 120 }

/** Shows who holds the lock by name in Payload's "currently editing" notice. */
export const LOCK_HOLDER_NAME = '/components/admin/LockHolderName#LockHolderName'
