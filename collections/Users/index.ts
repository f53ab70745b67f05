import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '../../access/adminOrSelf'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { ROLES } from '../../access/roles'
import { servedOverHttps } from '../../lib/site/siteUrl'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { refuseRoleChangesByNonAdmins } from './hooks/refuseRoleChangesByNonAdmins'

export const Users: CollectionConfig = {
  slug: 'users',
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    // The login cookie never travels over plain http once the site is served over https.
    cookies: { secure: servedOverHttps() },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles'],
  },
  access: {
    admin: ({ req }) => Boolean(req.user?.roles?.length),
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [refuseRoleChangesByNonAdmins],
    beforeChange: [makeFirstUserAdmin],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      options: ROLES.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
      saveToJWT: true,
      index: true,
      access: {
        create: isAdminField,
        update: isAdminField,
      },
      admin: {
        description: 'Editors write drafts, reviewers approve and publish, admins also manage people.',
      },
    },
  ],
}
