'use client'
import { FieldDescription, FieldLabel, useConfig, useField } from '@payloadcms/ui'
import type { RelationshipFieldClientProps } from 'payload'
import React, { useEffect, useState } from 'react'

type Props = RelationshipFieldClientProps & { usersSlug: string; nameField: string }

type Person = Record<string, unknown> & { email?: string }

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
  const [name, setName] = useState<string | null>(null)

  useEffect(() => {
    setName(null)
    if (!id) return
    let current = true
    fetch(`${config.serverURL}${config.routes.api}/${usersSlug}/${id}?depth=0`, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<Person>) : null))
      .then((person) => {
        if (!current) return
        const named = person?.[nameField]
        setName(
          typeof named === 'string' && named.trim()
            ? named
            : (person?.email ?? 'an account that cannot be read'),
        )
      })
      .catch(() => current && setName('an account that cannot be read'))
    return () => {
      current = false
    }
  }, [id, config.serverURL, config.routes.api, usersSlug, nameField])

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
