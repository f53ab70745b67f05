'use client'
import { FieldLabel, useField } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import React from 'react'

/**
 * Shows a computed JSON value as text. Payload's own JSON field loads its code editor from a CDN,
 * and nothing in this app may load from outside the machine; these values are read-only anyway.
 */
export const JsonReadout: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField<unknown>({ path: path ?? field.name })
  return (
    <div className="field-type json-readout" style={{ marginBottom: '1.5rem' }}>
      <FieldLabel label={field.label ?? field.name} path={path ?? field.name} />
      <pre style={{ whiteSpace: 'pre-wrap', fontSize: '0.85em', maxHeight: '24rem', overflow: 'auto' }}>
        {JSON.stringify(value ?? null, null, 2)}
      </pre>
    </div>
  )
}
