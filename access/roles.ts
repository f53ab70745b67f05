export const ROLES = ['admin', 'editor', 'reviewer'] as const

export type Role = (typeof ROLES)[number]

type UserWithRoles = { roles?: Role[] | null } | null | undefined

/** True when the user holds at least one of the given roles. */
export const hasRole = (user: UserWithRoles, ...roles: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => roles.includes(role)))

/** Anyone on the editorial team: the people who may see drafts. */
export const isStaffUser = (user: UserWithRoles): boolean => hasRole(user, ...ROLES)
