'use client'
import { FieldDescription, FieldLabel, useConfig, useField } from '@payloadcms/ui'
import type { RelationshipFieldClientProps } from 'payload'
import React, { useEffect, useState } from 'react'

type Props = RelationshipFieldClientProps & { usersSlug: string; nameField: string }

type Person = Record<string, unknown> & { email?: string }

const UNREADABLE = 'an account that cannot be read'

const idOf = (value: unknown): string | null => {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return null
}

/**
 * A person the workflow recorded, as a name to read. A read-only relationship would show an empty
 * select ("Select a value") when nobody is recorded, or when the account's label does not load.
 */
export const PersonField = ({ field, path, usersSlug, nameField }: Props) => {
  const { value } = useField<unknown>({ path: path ?? field.name })
  const { config } = useConfig()
  const id = idOf(value)
  const [loaded, setLoaded] = useState<{ id: string; name: string } | null>(null)

  useEffect(() => {
    if (!id) return
    let current = true
    const show = (name: string) => current && setLoaded({ id, name })
    fetch(`${config.serverURL}${config.routes.api}/${usersSlug}/${id}?depth=0`, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<Person>) : null))
      .then((person) => {
        const named = person?.[nameField]
        show(typeof named === 'string' && named.trim() ? named : (person?.email ?? UNREADABLE))
      })
      .catch(() => show(UNREADABLE))
    return () => {
      current = false
    }
  }, [id, config.serverURL, config.routes.api, usersSlug, nameField])
  const name = loaded?.id === id ? loaded.name : null

  return (
    <div className="field-type person-field" style={{ marginBottom: '1.5rem' }}>
      <FieldLabel label={field.label ?? field.name} path={path} />
      <p className="person-field__name" style={{ margin: '0.25rem 0' }}>
        {id ? (name ?? '…') : '—'}
      </p>
      {field.admin?.description ? (
        <FieldDescription description={field.admin.description} path={path ?? field.name} />
      ) : null}
    </div>
  )
}
