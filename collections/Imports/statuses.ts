export const IMPORT_STATUSES = [
  { label: 'Awaiting approval', value: 'awaiting-approval' },
  { label: 'Approved and published', value: 'approved' },
  { label: 'Rejected', value: 'rejected' },
  { label: 'Nothing to approve (no changes)', value: 'no-changes' },
  { label: 'Loaded as trusted demo content', value: 'trusted' },
] as const

export type ImportStatus = (typeof IMPORT_STATUSES)[number]['value']

/** The decisions a reviewer may take on a run that awaits approval. */
export const DECISIONS: ImportStatus[] = ['approved', 'rejected']
