export { NeedsChanges } from '../components/NeedsChanges'
export { ReviewQueueSummary, ReviewQueueView } from '../components/ReviewQueue'
export { ReviewQueueLink } from '../components/ReviewQueueLink'
export { WorkflowActions } from '../components/WorkflowActions'
