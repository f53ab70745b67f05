'use client'
import type { DefaultCellComponentProps } from 'payload'
import React from 'react'

import type { AuditEntryRef } from '../lib/auditLinks'
import { AuditLinks } from './AuditLinks'

/** In the audit list: the document and the version diff of each entry. */
export const AuditEntryLinksCell = ({ rowData, collectionSlug }: DefaultCellComponentProps) => (
  <AuditLinks entry={rowData as AuditEntryRef} auditLogSlug={collectionSlug} compact />
)
