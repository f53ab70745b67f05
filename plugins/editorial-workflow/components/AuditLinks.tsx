'use client'
import { useConfig } from '@payloadcms/ui'
import React from 'react'

import { type AuditEntryRef, auditEntryLinks } from '../lib/auditLinks'
import './workflow.css'

type Props = { entry: AuditEntryRef; auditLogSlug: string; compact?: boolean }

/** The links from one audit entry to the document, its version, its history and its author's entries. */
export const AuditLinks = ({ entry, auditLogSlug, compact = false }: Props) => {
  const { config } = useConfig()
  const links = auditEntryLinks({ adminRoute: config.routes.admin, auditLogSlug, entry })
  const items = [
    links.document && { href: links.document, text: 'Open the document' },
    links.version && { href: links.version, text: compact ? 'Changes' : 'What changed in this version' },
    !compact && links.history && { href: links.history, text: "This document's history" },
    !compact && links.person && { href: links.person, text: 'Everything this person did' },
  ].filter((item): item is { href: string; text: string } => Boolean(item))
  if (items.length === 0) return null
  return (
    <ul className={`audit-links${compact ? ' audit-links--compact' : ''}`}>
      {items.map(({ href, text }) => (
        <li key={href}>
          <a href={href}>{text}</a>
        </li>
      ))}
    </ul>
  )
}
