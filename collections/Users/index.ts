import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '../../access/adminOrSelf'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { ROLES } from '../../access/roles'
import { staffOrSelf } from '../../access/staffOrSelf'
import { servedOverHttps } from '../../lib/site/siteUrl'
import { EDIT_LOCK, LOCK_HOLDER_NAME } from '../editLock'
import { noEmailVerification } from './endpoints/noEmailVerification'
import { hideWhichEmailsExist } from './hooks/hideWhichEmailsExist'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { refuseRoleChangesByNonAdmins } from './hooks/refuseRoleChangesByNonAdmins'
import { resetPasswordEmail } from './resetPasswordEmail'

export const Users: CollectionConfig = {
  slug: 'users',
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    forgotPassword: resetPasswordEmail,
    // The login cookie never travels over plain http once the site is served over https.
    cookies: { secure: servedOverHttps() },
  },
  lockDocuments: EDIT_LOCK,
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles'],
    components: { edit: { beforeDocumentControls: [LOCK_HOLDER_NAME] } },
  },
  access: {
    admin: ({ req }) => Boolean(req.user?.roles?.length),
    read: staffOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  endpoints: [noEmailVerification],
  hooks: {
    beforeOperation: [refuseRoleChangesByNonAdmins, hideWhichEmailsExist],
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
