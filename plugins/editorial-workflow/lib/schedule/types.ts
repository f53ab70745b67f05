export type ScheduleDoc = {
  id: string | number
  title: string
  action: 'publish' | 'unpublish'
  at: string
  collectionSlug: string
  documentId: string
  bundle?: string | null
  status: 'scheduled' | 'done' | 'cancelled' | 'failed'
  scheduledBy?: string | number | { id: string | number } | null
  scheduledByName?: string | null
  versionId?: string | null
  jobId?: string | null
  outcome?: string | null
}

/** "publication", "unpublication": an action named in a sentence. */
export const actionNoun = (action: ScheduleDoc['action']) =>
  action === 'publish' ? 'publication' : 'unpublication'
