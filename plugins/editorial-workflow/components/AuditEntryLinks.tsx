'use client'
import { useAllFormFields, useDocumentInfo } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import React from 'react'

import type { AuditEntryRef } from '../lib/auditLinks'
import { AuditLinks } from './AuditLinks'

/** On an audit entry's page: where the entry leads. */
export const AuditEntryLinks = () => {
  const [fields] = useAllFormFields()
  const { collectionSlug } = useDocumentInfo()
  if (!collectionSlug) return null
  return (
    <nav aria-label="Related" style={{ marginBottom: '1.5rem' }}>
      <AuditLinks entry={reduceFieldsToValues(fields, true) as AuditEntryRef} auditLogSlug={collectionSlug} />
    </nav>
  )
}
