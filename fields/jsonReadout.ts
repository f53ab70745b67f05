import type { JSONField } from 'payload'

/** A read-only JSON field shown as text in the admin (see `components/admin/JsonReadout`). */
export const jsonReadout = (field: Omit<JSONField, 'type'>): JSONField => ({
  ...field,
  type: 'json',
  admin: {
    ...field.admin,
    readOnly: true,
    components: { Field: '/components/admin/JsonReadout#JsonReadout' },
  },
})
