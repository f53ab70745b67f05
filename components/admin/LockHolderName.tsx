'use client'

import { useAuth, useDocumentInfo } from '@payloadcms/ui'
import type { ClientUser } from 'payload'
import { useEffect } from 'react'

type Person = { id: string | number; name?: string | null; email?: string | null }

/**
 * Payload's "currently editing" notice and take-over dialog label the other person by their `email`
 * field, and by a bare id when the account cannot be read. Colleagues can read each other's names, so
 * the notice is given the name to show. Nothing is saved: this only changes the label on screen.
 */
export function LockHolderName() {
  const { currentEditor, setCurrentEditor } = useDocumentInfo()
  const { user } = useAuth()

  useEffect(() => {
    const person = currentEditor as Person | null | undefined
    if (!setCurrentEditor || !person || typeof person !== 'object' || person.id === user?.id) return
    if (!person.name || person.email === person.name) return
    // Payload types the lock holder as a signed-in user; only the label differs.
    setCurrentEditor({ ...person, email: person.name } as unknown as ClientUser)
  }, [currentEditor, setCurrentEditor, user?.id])

  return null
}
