import type { CollectionBeforeChangeHook } from 'payload'

import { deriveProvenanceFlags } from '../../../lib/provenanceFlags'
import type { Source } from '../../../payload-types'

/** Overwrites whatever a caller sent for the flags with what the provenance fields imply. */
export const deriveFlags: CollectionBeforeChangeHook<Source> = ({ data, originalDoc }) => {
  const provenance = { ...originalDoc?.provenance, ...data.provenance }
  const verification = { ...originalDoc?.verification, ...data.verification }
  return {
    ...data,
    flags: deriveProvenanceFlags({
      sourceType: provenance.sourceType,
      studyDesign: provenance.studyDesign,
      verificationStatus: verification.status,
    }),
  }
}
