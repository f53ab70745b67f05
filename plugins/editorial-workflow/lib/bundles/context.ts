import type { RequestContext } from 'payload'

import type { DocumentRef } from '../../types'

/** The bundle a save belongs to, while the plugin moves a bundle's members together. */
export type BundleContext = { id: string; title: string; members: DocumentRef[] }

const KEY = 'workflowBundle'

export const withBundle = (bundle: BundleContext) => ({ [KEY]: bundle })

export const bundleInContext = (context: RequestContext): BundleContext | undefined => {
  const value = context[KEY]
  return value && typeof value === 'object' ? (value as BundleContext) : undefined
}
