import type { CollectionSlug, Payload, PayloadRequest, TypedUser } from 'payload'

export type ReadinessIssue = { path: string; message: string }
export type ReadinessResult = { ready: boolean; issues: ReadinessIssue[] }

export type ReadinessCheck = (args: {
  payload: Payload
  req?: PayloadRequest
  collection: string
  data: Record<string, unknown>
}) => Promise<ReadinessResult>

export type CitingDocument = { collection: CollectionSlug; id: string }

export type EditorialWorkflowOptions = {
  /** Collections that go through review; each gets the stage fields, the rules and the audit trail. */
  collections: CollectionSlug[]
  /** True for people who write drafts and submit them for review. */
  isEditor: (user: TypedUser | null | undefined) => boolean
  /** True for people who approve, request changes, publish and retract. */
  isReviewer: (user: TypedUser | null | undefined) => boolean
  /** The readiness checklist a document must pass to be submitted and published. */
  checkReadiness: ReadinessCheck
  /** Slug of the audit collection the plugin adds. */
  auditLogSlug?: string
  /** Slug of the users collection audit entries point at. */
  usersSlug?: CollectionSlug
  /**
   * The app route that opens a draft on its public page. Admin preview links point at it with
   * `?collection=&id=&token=`; the route must check the token (`isValidPreviewToken`) and the viewer.
   */
  previewRoute?: string
  /** Re-review of pages citing a source whose standing changed. Omit to turn the cascade off. */
  retraction?: {
    /** The collection holding sources. */
    sourceCollection: CollectionSlug
    /** True when a source must no longer be relied on (retracted, disputed). */
    isUnreliable: (source: Record<string, unknown>) => boolean
    /** Every document that cites the source, directly or through a finding. */
    findCitingDocuments: (args: {
      payload: Payload
      req: PayloadRequest
      sourceId: string
    }) => Promise<CitingDocument[]>
  }
}

export type ResolvedWorkflowOptions = Required<
  Omit<EditorialWorkflowOptions, 'retraction' | 'previewRoute'>
> &
  Pick<EditorialWorkflowOptions, 'retraction' | 'previewRoute'>
