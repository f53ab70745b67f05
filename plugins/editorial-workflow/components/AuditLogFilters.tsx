'use client'
import { useAuth, useConfig } from '@payloadcms/ui'
import React from 'react'

import { auditListHref } from '../lib/auditLinks'

/**
 * Above the audit list: the questions people ask of it, as links that set the list's filter. One
 * document's history and one person's entries are reached from an entry's links.
 */
export const AuditLogFilters = ({ collectionSlug }: { collectionSlug: string }) => {
  const { config } = useConfig()
  const { user } = useAuth()
  const href = (equals: Record<string, string>) =>
    auditListHref({ adminRoute: config.routes.admin, auditLogSlug: collectionSlug, equals })
  const filters = [
    { href: href({}), text: 'All entries' },
    { href: href({ to: 'published' }), text: 'Publications only' },
    ...(user ? [{ href: href({ user: String(user.id) }), text: 'My own actions' }] : []),
  ]
  return (
    <nav className="audit-filters" aria-label="Filter the audit log">
      <ul className="audit-links">
        {filters.map(({ href: target, text }) => (
          <li key={text}>
            <a href={target}>{text}</a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
