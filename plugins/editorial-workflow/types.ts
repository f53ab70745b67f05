import type { CollectionSlug, Payload, PayloadRequest, TypedUser } from 'payload'

export type ReadinessIssue = { path: string; message: string }
export type ReadinessResult = { ready: boolean; issues: ReadinessIssue[] }

/** A document anywhere in the governed collections. */
export type DocumentRef = { collection: CollectionSlug; id: string }

export type ReadinessCheck = (args: {
  payload: Payload
  req?: PayloadRequest
  collection: string
  data: Record<string, unknown>
  /** Documents published together with this one (a review bundle): count their newest drafts as live. */
  bundle?: DocumentRef[]
}) => Promise<ReadinessResult>

export type CitingDocument = DocumentRef

/** A list on the reviewers' dashboard of things that need someone's attention. */
export type AttentionList = {
  heading: string
  /** What the list says when nothing is in it. */
  empty: string
  total: number
  items: { label: string; href: string; detail?: string }[]
}

export type EditorialWorkflowOptions = {
  /** Collections that go through review (each with drafts on); each gets the stage fields, the rules and the audit trail. */
  collections: CollectionSlug[]
  /**
   * Keeps the plugin's fields and audit collection, so the database schema stays the same, but adds
   * no rules, endpoints or admin components: saves behave as if the plugin were not there.
   */
  disabled?: boolean
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
  /** The field of a person's account shown as their name on change requests and audit links (falls back to the e-mail). */
  userNameField?: string
  /**
   * Top-level fields holding a reviewer's judgement of a document rather than its content (e.g. a
   * source's verification and the flags derived from it): a reviewer may change them on a live page
   * without a new review, while an editor's change of them is reviewed like content.
   */
  judgementFields?: string[]
  /**
   * How the host's import map reaches this plugin's `exports` folder (its `client` and `rsc` entry
   * points), relative to `admin.importMap.baseDir` or as a package path.
   */
  exportPath?: string
  /**
   * The app route that opens a draft on its public page. Admin preview links point at it with
   * `?collection=&id=&token=`; the route must check the token (`isValidPreviewToken`) and the viewer.
   */
  previewRoute?: string
  /** Re-review of pages citing a source whose standing changed. Omit to turn the cascade off. */
  retraction?: {
    /** The collection holding sources. */
    sourceCollection: CollectionSlug
    /** Dot path of the field holding a source's standing, e.g. `verification.status`. */
    statusPath: string
    /** The standings that mean a source must no longer be relied on (e.g. retracted, disputed). */
    unreliableStatuses: string[]
    /** Every document that cites the source, directly or through a finding. */
    findCitingDocuments: (args: {
      payload: Payload
      req: PayloadRequest
      sourceId: string
    }) => Promise<CitingDocument[]>
  }
  /** The documents one needs live before it can go live itself; a review bundle takes the unpublished ones along. */
  dependenciesOf?: (args: { collection: string; doc: Record<string, unknown> }) => DocumentRef[]
  /** Headline judgements of a document (`{ verdict: 'Important', certainty: 'Low' }`), compared in "What changed". */
  summarise?: (args: {
    payload: Payload
    req?: PayloadRequest
    collection: string
    doc: Record<string, unknown>
  }) => Record<string, string> | Promise<Record<string, string>>
  /** Lists for the reviewers' dashboard beyond the review stages (pages citing unreliable sources, imports). */
  attention?: (args: { payload: Payload; user: TypedUser }) => Promise<AttentionList[]>
  /** How long a reviewer's claim on a queue item lasts, in minutes (30 unless given). */
  claimMinutes?: number
  /** When the jobs queue looks for scheduled publications that are due (a cron with seconds; every 5 s unless given; false when the host runs the queue itself). */
  scheduleCron?: string | false
}

type OptionalOptions = 'retraction' | 'previewRoute' | 'dependenciesOf' | 'summarise' | 'attention'

export type ResolvedWorkflowOptions = Required<Omit<EditorialWorkflowOptions, OptionalOptions>> &
  Pick<EditorialWorkflowOptions, OptionalOptions> & {
    /** The admin panel's route, read from the host's config. */
    adminRoute: string
  }

/** The review note that is open on a document: what it asks, which move wrote it, who and when. */
export type ChangeRequest = { note: string; stage: string; by: string; at: string }

/** What `POST /api/<collection>/workflow-check` answers about a document as the form holds it. */
export type WorkflowCheck = {
  readiness: ReadinessResult
  /** The person changed the content since the last publication, so four-eyes holds them back. */
  authoredByYou: boolean
  changeRequest: ChangeRequest | null
}
